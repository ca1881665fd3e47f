import type { CatalogEntity } from "@/lib/catalog/entities";
import type { FormState } from "@/lib/forms/state";

// What the import form shows after a dry run (shared by the action and the form).

export type ImportReport = {
  entity: CatalogEntity;
  fileName: string;
  fingerprint: string;
  applied: boolean;
  toAdd: { where: string; externalId: string; title: string }[];
  toUpdate: { where: string; externalId: string; title: string; changed: string[] }[];
  unchanged: number;
  rejected: { where: string; externalId: string | null; reason: string }[];
  /**
   * Set for a file in an official API's shape (고용24, 기업마당, 온통청년): it goes through that
   * source's sync, its rows refused are left out rather than stopping the rest, and fields an
   * editor changed are kept.
   */
  official?: { label: string; kept: { externalId: string; fields: string[] }[] };
};

export type ImportState = FormState | { status: "ok"; message: string; report: ImportReport };
