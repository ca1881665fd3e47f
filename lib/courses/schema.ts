import { createInsertSchema } from "drizzle-zod";
import { z } from "zod";
import { courses, portalKeptColumns } from "@/lib/db/schema";
import { resolveDistrict } from "@/lib/districts/districts";
import { employmentStatuses, schedules } from "./enums";
import {
  flag,
  id,
  nullableChoice,
  nullableDate,
  nullableDecimal,
  nullableInt,
  nullableUrl,
  optionalText,
  requiredInt,
  requiredText,
  requiredYear,
  tagList,
  version,
  whenValid,
} from "@/lib/forms/fields";

// What an editor, an import, the seed and the connectors give for a course: the courses table's
// columns (drizzle-zod) less what the portal keeps itself, each refined here once with its
// Korean label and the form's coercions. A column added to the table joins the record.
const recordColumns = createInsertSchema(courses, {
  externalId: z
    .string({ error: "과정 ID를 입력하세요" })
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, "과정 ID는 영문, 숫자, -, _로 100자 이내로 입력하세요"),
  title: requiredText("과정명", 200),
  provider: requiredText("훈련기관", 100),
  trainingType: requiredText("훈련유형", 60),
  field: requiredText("분야", 60),
  ncsCode: optionalText("NCS 코드", 40),
  district: optionalText("군·구", 20),
  address: optionalText("주소", 200),
  startDate: nullableDate("개강일"),
  endDate: nullableDate("종강일"),
  totalHours: requiredInt("총 훈련시간", 1, 10_000),
  capacity: requiredInt("정원", 1, 10_000),
  enrolled: nullableInt("참여 인원", 0, 10_000),
  applicants: nullableInt("신청 인원", 0, 100_000),
  tuition: nullableInt("훈련비", 0, 1_000_000_000),
  subsidyPerHour: nullableInt("시간당 정부지원금", 0, 10_000_000),
  cardEligible: flag("내일배움카드 사용 가능"),
  schedule: nullableChoice("수업 요일", schedules),
  employmentRate: nullableDecimal("취업률", 0, 100),
  employmentStatus: nullableChoice("취업 현황", employmentStatuses),
  year: requiredYear("연도", 2000, 2100),
  description: optionalText("소개", 5_000).transform((value) => value ?? ""),
  url: nullableUrl("신청 주소"),
  tags: tagList,
  isSample: flag("예시 데이터"),
}).omit({
  ...portalKeptColumns,
  // Only the sources give these (SourcedCourse); the form and the import do not.
  selfPayment: true,
  contact: true,
});

export const courseFields = recordColumns.shape;

type CourseInput = z.output<z.ZodObject<typeof courseFields>>;

// Checks that need more than one field, shared by the form, the import and the seed. Each runs
// once the fields it reads are valid, so a form shows them beside every other problem.
function checkDates(course: CourseInput, context: z.RefinementCtx) {
  if (course.startDate && course.endDate && course.endDate < course.startDate) {
    context.addIssue({
      code: "custom",
      path: ["endDate"],
      message: "종강일은 개강일 이후여야 합니다",
    });
  }
}

function checkDistrict(course: CourseInput, context: z.RefinementCtx) {
  if (!course.district) return;
  const district = resolveDistrict(course.district, course.address ?? "");
  if (!district) {
    context.addIssue({
      code: "custom",
      path: ["district"],
      message: `인천의 군·구가 아닙니다: ${course.district}`,
    });
    return;
  }
  course.district = district;
}

// More may apply than the capacity (a round selects among them); no more can take part.
function checkEnrolment(course: CourseInput, context: z.RefinementCtx) {
  if (course.enrolled !== null && course.enrolled > course.capacity) {
    context.addIssue({
      code: "custom",
      path: ["enrolled"],
      message: `참여 인원은 정원(${course.capacity}명)보다 많을 수 없습니다. 신청한 사람 수라면 신청 인원에 적으세요`,
    });
  }
}

/** A course schema (the record's fields, perhaps with more) with the checks across fields. */
export function withCourseChecks<T extends z.ZodType<CourseInput>>(schema: T) {
  return schema
    .superRefine(checkDates, whenValid("startDate", "endDate"))
    .superRefine(checkDistrict, whenValid("district", "address"))
    .superRefine(checkEnrolment, whenValid("enrolled", "capacity"));
}

/** One course as an editor's form or an imported row gives it. */
export const courseRecordSchema = withCourseChecks(z.object(courseFields));

export const courseFormSchema = withCourseChecks(
  z.object({
    ...courseFields,
    id: id.optional(),
    version: version.optional(),
  }),
);

export type CourseRecord = z.output<typeof courseRecordSchema>;
