import type { Course, Program } from "@/lib/db/schema";
import { sameValue } from "@/lib/db/same-value";
import {
  employmentStatusLabels,
  scheduleLabels,
  type EmploymentStatus,
  type Schedule,
} from "@/lib/courses/enums";
import {
  programApplicantLabels,
  programAreaLabel,
  programPeriodKindLabels,
  type ProgramApplicant,
  type ProgramArea,
  type ProgramPeriodKind,
} from "@/lib/programs/enums";

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
    "applicants",
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
    "periodInNotice",
    "minAge",
    "maxAge",
    "eligibleApplicants",
    "eligibleAreas",
    "householdRule",
    "incomeRule",
    "howToApply",
    "url",
    "contact",
    "tags",
    "isSample",
  ],
} as const satisfies { course: (keyof Course)[]; program: (keyof Program)[] };

export type SourcedEntity = keyof typeof sourceFields;

/** The source-owned fields in the workspace's words (the forms' labels). */
export const sourceFieldLabels: Record<string, string> = {
  title: "제목",
  provider: "훈련기관",
  trainingType: "훈련유형",
  field: "분야",
  ncsCode: "NCS 코드",
  district: "군·구",
  address: "주소",
  startDate: "개강일",
  endDate: "종강일",
  totalHours: "총 훈련시간",
  capacity: "정원",
  enrolled: "참여 인원",
  applicants: "신청 인원",
  tuition: "훈련비",
  selfPayment: "자부담",
  cardEligible: "내일배움카드",
  schedule: "수업 요일",
  employmentRate: "취업률",
  employmentStatus: "취업 현황",
  year: "연도",
  description: "소개",
  url: "링크",
  tags: "태그",
  isSample: "예시 데이터",
  contact: "문의처",
  agency: "소관기관",
  category: "분야",
  targetGroups: "지원 대상",
  region: "지역",
  summary: "요약",
  eligibility: "신청 자격",
  benefit: "지원 내용",
  maxAmountKrw: "최대 지원금액",
  applyStart: "접수 시작일",
  applyEnd: "접수 마감일",
  periodNote: "기간 안내",
  applyLater: "추후 공지",
  periodInNotice: "공고 참조",
  minAge: "최소 나이",
  maxAge: "최대 나이",
  eligibleApplicants: "신청 가능 대상",
  eligibleAreas: "신청 가능 지역",
  householdRule: "가구·상황 조건",
  incomeRule: "소득 조건",
  howToApply: "신청 방법",
};
/** How a field's coded values read to an editor (who may apply, when classes meet, …). */
const sourceValueLabels: Record<string, (value: string) => string> = {
  schedule: (value) => scheduleLabels[value as Schedule] ?? value,
  employmentStatus: (value) => employmentStatusLabels[value as EmploymentStatus] ?? value,
  periodKind: (value) => programPeriodKindLabels[value as ProgramPeriodKind] ?? value,
  eligibleApplicants: (value) => programApplicantLabels[value as ProgramApplicant] ?? value,
  eligibleAreas: (value) => programAreaLabel(value as ProgramArea),
};

/** A source field's value as an editor reads it: labels for codes, 예/아니오, (비어 있음). */
export function sourceValueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(비어 있음)";
  if (Array.isArray(value))
    return value.length === 0
      ? "(비어 있음)"
      : value.map((v) => sourceValueText(field, v)).join(", ");
  if (typeof value === "boolean") return value ? "예" : "아니오";
  const label = sourceValueLabels[field];
  return label ? label(String(value)) : String(value);
}

export type SourceValues = Record<string, unknown> & { _fingerprint?: string };

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
