import { z } from "zod";
import { resolveDistrict } from "@/lib/districts/districts";
import { employmentStatuses, schedules } from "@/lib/courses/enums";
import { sections } from "@/lib/db/schema";
import { programApplicants, programAreas, programPeriodKinds } from "@/lib/programs/enums";

const isoDate = z.iso.date("YYYY-MM-DD 형식의 날짜여야 합니다");
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "소문자·숫자·하이픈만 쓸 수 있습니다");
const tags = z.array(z.string().trim().min(1).max(40)).max(20);

export const issueSeedSchema = z.strictObject({
  slug: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM 형식이어야 합니다"),
  title: z.string().min(1).max(200),
  summary: z.string().min(1).max(500),
  publishAt: z.iso.datetime({ offset: true }),
});

export const articleSeedSchema = z.strictObject({
  slug,
  section: z.enum(sections),
  category: z.string().min(1).max(20),
  title: z.string().min(1).max(200),
  summary: z.string().min(1).max(300),
  tags,
  sources: z
    .array(z.strictObject({ title: z.string().min(1), url: z.url().optional() }))
    .default([]),
  position: z.number().int().min(0),
});

export const courseSeedSchema = z
  .strictObject({
    externalId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
    title: z.string().min(1).max(200),
    provider: z.string().min(1).max(100),
    trainingType: z.string().min(1),
    field: z.string().min(1),
    ncsCode: z.string().nullable(),
    district: z.string().nullable(),
    address: z.string().nullable(),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    totalHours: z.number().int().positive(),
    capacity: z.number().int().positive(),
    enrolled: z.number().int().min(0).nullable(),
    tuition: z.number().int().min(0).nullable(),
    subsidyPerHour: z.number().int().min(0).nullable(),
    cardEligible: z.boolean(),
    schedule: z.enum(schedules).nullable(),
    employmentRate: z.number().min(0).max(100).nullable(),
    employmentStatus: z.enum(employmentStatuses).nullable(),
    year: z.number().int().min(2000).max(2100),
    description: z.string(),
    url: z.url().nullable(),
    tags,
    isSample: z.boolean(),
  })
  // Data from before 2026-07-01 names the old districts; store the current one.
  .transform((course, ctx) => {
    if (course.district === null) return course;
    const district = resolveDistrict(course.district, course.address ?? "");
    if (!district) {
      ctx.addIssue({
        code: "custom",
        path: ["district"],
        message: `"${course.district}" is not an Incheon 군·구`,
      });
      return z.NEVER;
    }
    return { ...course, district };
  });

export const programSeedSchema = z.strictObject({
  externalId: slug,
  title: z.string().min(1).max(200),
  agency: z.string().min(1),
  category: z.string().min(1),
  targetGroups: z.array(z.string().min(1)).min(1),
  region: z.string().min(1),
  summary: z.string().min(1).max(300),
  eligibility: z.string().min(1),
  benefit: z.string().min(1),
  maxAmountKrw: z.number().int().positive().nullable(),
  applyStart: isoDate.nullable(),
  applyEnd: isoDate.nullable(),
  periodNote: z.string().nullable(),
  periodKind: z.enum(programPeriodKinds).default("application"),
  howToApply: z.string().min(1),
  url: z.url().nullable(),
  contact: z.string().nullable(),
  tags,
  articleSlug: slug.nullable(),
  minAge: z.number().int().min(0).max(120).nullable().default(null),
  maxAge: z.number().int().min(0).max(120).nullable().default(null),
  eligibleApplicants: z.array(z.enum(programApplicants)).default([]),
  eligibleAreas: z.array(z.enum(programAreas)).default([]),
  householdRule: z.string().min(1).nullable().default(null),
  incomeRule: z.string().min(1).nullable().default(null),
});

export type IssueSeed = z.infer<typeof issueSeedSchema>;
export type ArticleSeed = z.infer<typeof articleSeedSchema> & { body: string };
export type CourseSeed = z.infer<typeof courseSeedSchema>;
export type ProgramSeed = z.infer<typeof programSeedSchema>;
