import { createInsertSchema } from "drizzle-zod";
import { z } from "zod";
import { articles, issues, sections } from "@/lib/db/schema";
import {
  id,
  koreanDateTime,
  plainLineBreaks,
  requiredText,
  tagList,
  version,
} from "@/lib/forms/fields";

const slug = z
  .string({ error: "주소를 입력하세요" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "주소는 영문 소문자, 숫자, 하이픈(-)으로 입력하세요")
  .max(80, "주소는 80자 이하로 입력하세요");

const issueSlug = z
  .string({ error: "호수를 입력하세요" })
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "호수는 2024-05처럼 연도-월로 입력하세요");

/** "제목 | https://…" per line; the address is optional. */
const sourceLines = z
  .string()
  .optional()
  .transform((value, context) => {
    const sources: { title: string; url?: string }[] = [];
    for (const line of plainLineBreaks(value ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)) {
      const [title, url] = line.split("|").map((part) => part.trim());
      if (url && !/^https?:\/\/\S+$/.test(url)) {
        context.addIssue({ code: "custom", message: `출처 주소가 올바르지 않습니다: ${url}` });
        return z.NEVER;
      }
      sources.push(url ? { title: title!, url } : { title: title! });
    }
    return sources;
  });

// What an editor's form and the seed give for an issue and an article: the tables' columns
// (drizzle-zod), each refined here once with its Korean label and limit.
export const issueFields = createInsertSchema(issues, {
  slug: issueSlug,
  title: requiredText("제목", 120),
  summary: requiredText("요약", 600),
}).pick({ slug: true, title: true, summary: true }).shape;

export const articleFields = createInsertSchema(articles, {
  title: requiredText("제목", 200),
  slug,
  section: z.enum(sections, { error: "구분을 고르세요" }),
  category: requiredText("분류", 40),
  summary: requiredText("요약", 600),
  tags: tagList,
}).pick({
  title: true,
  slug: true,
  section: true,
  category: true,
  summary: true,
  tags: true,
}).shape;

export const issueFormSchema = z.object(issueFields);

export const issueUpdateSchema = issueFormSchema.extend({ id, version });

export const articleCreateSchema = z.object({
  issueId: id,
  section: articleFields.section,
  title: articleFields.title,
  slug: articleFields.slug,
});

export const articleFormSchema = z.object({
  id,
  version,
  ...articleFields,
  body: z
    .string({ error: "본문을 입력하세요" })
    .transform(plainLineBreaks)
    .pipe(
      z.string().min(1, "본문을 입력하세요").max(200_000, "본문은 200,000자 이하로 입력하세요"),
    ),
  sources: sourceLines,
});

// A monthly bulletin is scheduled weeks ahead, not years: a date further out is a typing slip
// (9999-12-31) that would leave the article waiting unseen.
const SCHEDULE_HORIZON_DAYS = 366;
const withinScheduleHorizon = (date: Date) =>
  date.getTime() <= Date.now() + SCHEDULE_HORIZON_DAYS * 24 * 3600_000;
const scheduleHorizonMessage = "예약은 1년 안의 날짜로 정하세요";

export const publicationSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ id, intent: z.literal("publish") }),
    z.object({ id, intent: z.literal("unpublish") }),
    z.object({ id, intent: z.literal("cancel-schedule") }),
    z.object({
      id,
      intent: z.literal("schedule"),
      publishAt: koreanDateTime
        .refine((date) => date.getTime() > Date.now(), "예약 시각은 지금 이후여야 합니다")
        .refine(withinScheduleHorizon, scheduleHorizonMessage),
    }),
  ],
  { error: "할 일을 고르세요" },
);

export const moveSchema = z.object({ id, direction: z.enum(["up", "down"]) });

export const restoreSchema = z.object({ id, version, revisionId: id });

/**
 * An issue released with the articles the editor ticked, on one date: none or one past (a back
 * issue, dated then) publishes now; one to come schedules them all for then.
 */
export const issueReleaseSchema = z.object({
  id,
  articleIds: z.preprocess(
    (value) => (Array.isArray(value) ? value : value == null || value === "" ? [] : [value]),
    z.array(id).max(500, "기사는 한 번에 500개까지 고를 수 있습니다"),
  ),
  publishAt: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    koreanDateTime.refine(withinScheduleHorizon, scheduleHorizonMessage).optional(),
  ),
});

/** An article or issue moved into the trash or out of it. */
export const trashSchema = z.object({
  entity: z.enum(["article", "issue"], { error: "무엇을 옮길지 알 수 없습니다" }),
  id,
});

/** An article moved to another issue (it keeps its section and takes the last place there). */
export const articleTransferSchema = z.object({ id, issueId: id });
