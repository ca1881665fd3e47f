import type { Course, Program } from "@/lib/db/schema";

// The fields each official source owns. A record's `sourceValues` holds them as the source last
// gave them; a stored value that differs was changed by an editor, is kept by later syncs and is
// shown as "원천과 다름" until an editor takes the source's value.

export const sourceFields = {
  course: [
    "title",
    "provider",
    "trainingType",
    "field",
    "ncsCode",
    "district",
    "address",
    "startDate",
    "endDate",
    "totalHours",
    "capacity",
    "enrolled",
    "tuition",
    "selfPayment",
    "cardEligible",
    "schedule",
    "employmentRate",
    "employmentStatus",
    "year",
    "description",
    "url",
    "tags",
    "isSample",
    "contact",
  ],
  program: [
    "title",
    "agency",
    "category",
    "targetGroups",
    "region",
    "summary",
    "eligibility",
    "benefit",
    "maxAmountKrw",
    "applyStart",
    "applyEnd",
    "periodNote",
    "applyLater",
    "minAge",
    "maxAge",
    "howToApply",
    "url",
    "contact",
    "tags",
    "isSample",
  ],
} as const satisfies { course: (keyof Course)[]; program: (keyof Program)[] };

export type SourcedEntity = keyof typeof sourceFields;
export type SourceValues = Record<string, unknown> & { _fingerprint?: string };

export const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The source-owned fields an editor changed on this record: kept by syncs, "원천과 다름". */
export function editedSourceFields(
  entity: SourcedEntity,
  row: Record<string, unknown> & { sourceValues: Record<string, unknown> | null },
): string[] {
  const given = row.sourceValues as SourceValues | null;
  if (!given) return [];
  return sourceFields[entity].filter(
    (field) => field in given && !sameValue(row[field], given[field]),
  );
}
