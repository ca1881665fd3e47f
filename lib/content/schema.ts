import { z } from "zod";
import { articleFields, issueFields } from "@/lib/bulletin/schema";
import { courseFields, withCourseChecks } from "@/lib/courses/schema";
import { programCheck, programFields } from "@/lib/programs/schema";

// Issues and articles take the fields an editor's form takes (lib/bulletin/schema.ts), with
// what only a seed file gives: its dates, the sources as a list and an article's place.
export const issueSeedSchema = z.strictObject({
  ...issueFields,
  publishAt: z.iso.datetime({ offset: true }),
});

export const articleSeedSchema = z.strictObject({
  ...articleFields,
  sources: z
    .array(z.strictObject({ title: z.string().min(1), url: z.url().optional() }))
    .default([]),
  position: z.number().int().min(0),
});

// Courses and programs are the records editors, imports and connectors give (one schema each,
// lib/courses/schema.ts and lib/programs/schema.ts); a seed file must not carry unknown keys.
export const courseSeedSchema = withCourseChecks(z.strictObject(courseFields));

export const programSeedSchema = z
  .strictObject({ ...programFields, articleSlug: articleFields.slug.nullable() })
  .superRefine(...programCheck);

export type IssueSeed = z.infer<typeof issueSeedSchema>;
export type ArticleSeed = z.infer<typeof articleSeedSchema> & { body: string };
export type CourseSeed = z.infer<typeof courseSeedSchema>;
export type ProgramSeed = z.infer<typeof programSeedSchema>;
