import "server-only";
import type { CatalogEntity } from "@/lib/catalog/entities";
import { importColumns } from "./plan";

/**
 * The header of an import file for one entity. Excel opens a CSV as UTF-8 only with a byte order
 * mark; the import reads past it.
 */
export function importTemplate(entity: CatalogEntity) {
  return {
    fileName: `${entity === "course" ? "courses" : "programs"}-template.csv`,
    csv: `\uFEFF${importColumns(entity).join(",")}\r\n`,
  };
}
