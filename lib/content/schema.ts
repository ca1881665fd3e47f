import { z } from "zod";
import { courseFields, withCourseChecks } from "@/lib/courses/schema";
import { sections } from "@/lib/db/schema";
import { programCheck, programFields } from "@/lib/programs/schema";

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

// Courses and programs are the records editors, imports and connectors give (one schema each,
// lib/courses/schema.ts and lib/programs/schema.ts); a seed file must not carry unknown keys.
export const courseSeedSchema = withCourseChecks(z.strictObject(courseFields));

export const programSeedSchema = z
  .strictObject({ ...programFields, articleSlug: slug.nullable() })
  .superRefine(...programCheck);

export type IssueSeed = z.infer<typeof issueSeedSchema>;
export type ArticleSeed = z.infer<typeof articleSeedSchema> & { body: string };
export type CourseSeed = z.infer<typeof courseSeedSchema>;
export type ProgramSeed = z.infer<typeof programSeedSchema>;
