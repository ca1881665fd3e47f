import type { Metadata } from "next";
import { ProgramCatalog, programCatalogMetadata } from "@/components/programs/program-catalog";
import { toSearchParams } from "@/lib/search/params";

export const metadata: Metadata = programCatalogMetadata;

export default async function ProgramsPage({ searchParams }: PageProps<"/programs">) {
  return (
    <ProgramCatalog idPrefix="programs" query={toSearchParams(await searchParams).toString()} />
  );
}
