import type { Metadata } from "next";
import { CourseCatalog, courseCatalogMetadata } from "@/components/courses/course-catalog";
import { toSearchParams } from "@/lib/search/params";

export const metadata: Metadata = courseCatalogMetadata;

export default async function CoursesPage({ searchParams }: PageProps<"/courses">) {
  return <CourseCatalog idPrefix="courses" query={toSearchParams(await searchParams).toString()} />;
}
