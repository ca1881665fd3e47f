import { createInsertSchema } from "drizzle-zod";
import { z } from "zod";
import { portalKeptColumns, programs } from "@/lib/db/schema";
import {
  choice,
  choiceList,
  flag,
  id,
  nullableDate,
  nullableInt,
  nullableUrl,
  optionalText,
  requiredText,
  tagList,
  textList,
  version,
  whenValid,
} from "@/lib/forms/fields";
import {
  programApplicantLabels,
  programApplicants,
  programAreaLabel,
  programAreas,
  programPeriodKinds,
  type ProgramArea,
} from "./enums";

// What an editor, an import, the seed and the connectors give for a program: the programs
// table's columns (drizzle-zod) less what the portal keeps itself, each refined here once with
// its Korean label and the form's coercions. A column added to the table joins the record.
const recordColumns = createInsertSchema(programs, {
  externalId: z
    .string({ error: "사업 ID를 입력하세요" })
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "사업 ID는 영문 소문자, 숫자, 하이픈으로 입력하세요")
    .max(100, "사업 ID는 100자 이하로 입력하세요")
    // /programs/check is the eligibility check's address, not a program's.
    .refine((externalId) => externalId !== "check", "‘check’는 사업 ID로 쓸 수 없습니다"),
  title: requiredText("사업명", 200),
  agency: requiredText("소관기관", 100),
  category: requiredText("분야", 40),
  targetGroups: textList("지원 대상", { min: 1, max: 10 }),
  region: requiredText("지역", 40),
  summary: requiredText("요약", 600),
  eligibility: requiredText("신청 자격", 5_000),
  benefit: requiredText("지원 내용", 5_000),
  maxAmountKrw: nullableInt("최대 지원금액", 1, 100_000_000_000),
  applyStart: nullableDate("접수 시작일"),
  applyEnd: nullableDate("접수 마감일"),
  periodNote: optionalText("기간 안내", 300),
  periodKind: choice("기간의 뜻", programPeriodKinds),
  applyLater: flag("추후 공지"),
  periodInNotice: flag("공고 참조"),
  minAge: nullableInt("최소 나이", 0, 120),
  maxAge: nullableInt("최대 나이", 0, 120),
  eligibleApplicants: choiceList(
    "신청 가능 대상",
    programApplicants,
    (applicant) => programApplicantLabels[applicant],
  ),
  eligibleAreas: choiceList(
    "신청 가능 지역",
    programAreas as readonly [ProgramArea, ...ProgramArea[]],
    programAreaLabel,
  ),
  householdRule: optionalText("가구 조건", 500),
  incomeRule: optionalText("소득 조건", 500),
  howToApply: requiredText("신청 방법", 5_000),
  url: nullableUrl("신청 주소"),
  contact: optionalText("문의처", 200),
  tags: tagList,
  isSample: flag("예시 데이터"),
}).omit({
  ...portalKeptColumns,
  // The bulletin article a program belongs to is linked by its slug (import, seed).
  articleId: true,
});

export const programFields = recordColumns.shape;

type ProgramInput = z.output<z.ZodObject<typeof programFields>>;

/** Checks that need more than one field, shared by the form, the import and the seed. */
export function checkProgram(program: ProgramInput, context: z.RefinementCtx) {
  if (program.applyStart && program.applyEnd && program.applyEnd < program.applyStart) {
    context.addIssue({
      code: "custom",
      path: ["applyEnd"],
      message: "접수 마감일은 접수 시작일 이후여야 합니다",
    });
  }
  // 공고 참조 says the portal has no dates: with dates or 추후 공지 the status would be two things.
  if (program.periodInNotice && (program.applyStart || program.applyEnd || program.applyLater)) {
    context.addIssue({
      code: "custom",
      path: ["periodInNotice"],
      message: "‘공고 참조’는 접수 시작일·마감일과 ‘추후 공지’ 없이 고릅니다",
    });
  }
  if (program.eligibleApplicants.includes("anyone") && program.eligibleApplicants.length > 1) {
    context.addIssue({
      code: "custom",
      path: ["eligibleApplicants"],
      message: "‘누구나’를 고르면 다른 대상은 고르지 않습니다",
    });
  }
  if (program.eligibleAreas.includes("전국") && program.eligibleAreas.length > 1) {
    context.addIssue({
      code: "custom",
      path: ["eligibleAreas"],
      message: "‘전국’을 고르면 다른 지역은 고르지 않습니다",
    });
  }
  if (program.minAge !== null && program.maxAge !== null && program.maxAge < program.minAge) {
    context.addIssue({
      code: "custom",
      path: ["maxAge"],
      message: "최대 나이는 최소 나이 이상이어야 합니다",
    });
  }
}

/** checkProgram with when it runs: `.superRefine(...programCheck)`. */
export const programCheck = [
  checkProgram,
  whenValid(
    "applyStart",
    "applyEnd",
    "applyLater",
    "periodInNotice",
    "eligibleApplicants",
    "eligibleAreas",
    "minAge",
    "maxAge",
  ),
] as const;

/** One program as an editor's form or an imported row gives it. */
export const programRecordSchema = z.object(programFields).superRefine(...programCheck);

export const programFormSchema = z
  .object({ ...programFields, id: id.optional(), version: version.optional() })
  .superRefine(...programCheck);

export type ProgramRecord = z.output<typeof programRecordSchema>;
