import type { Metadata } from "next";
import { CourseCatalog, courseCatalogMetadata } from "@/components/courses/course-catalog";

export const metadata: Metadata = courseCatalogMetadata;

/** /courses with no query, served whole from the page cache (lib/routes/catalog-views.ts). */
export default function AllCoursesPage() {
  return <CourseCatalog idPrefix="courses-all" query="" />;
}
