import type { FormState } from "@/lib/forms/state";

// What the import form shows after a dry run (shared by the action and the form).

export type ImportReport = {
  entity: "course" | "program";
  fileName: string;
  fingerprint: string;
  applied: boolean;
  toAdd: { where: string; externalId: string; title: string }[];
  toUpdate: { where: string; externalId: string; title: string; changed: string[] }[];
  unchanged: number;
  rejected: { where: string; externalId: string | null; reason: string }[];
};

export type ImportState = FormState | { status: "ok"; message: string; report: ImportReport };
