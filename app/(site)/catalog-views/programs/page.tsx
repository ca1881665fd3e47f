import type { Metadata } from "next";
import { ProgramCatalog, programCatalogMetadata } from "@/components/programs/program-catalog";

export const metadata: Metadata = programCatalogMetadata;

/** /programs with no query, served whole from the page cache (lib/routes/catalog-views.ts). */
export default function AllProgramsPage() {
  return <ProgramCatalog idPrefix="programs-all" query="" />;
}
