import "server-only";
import { and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { courses, type Course } from "@/lib/db/schema";
import { hasAnyTag } from "@/lib/db/tags";
import { courseCatalogSpec } from "./catalog-spec";
import { isFundingTag } from "./enums";
import { published } from "./visibility";

export async function getPublishedCourse(externalId: string): Promise<Course | null> {
  const [row] = await db
    .select()
    .from(courses)
    .where(and(published, eq(courses.externalId, externalId)));
  return row ?? null;
}

export async function coursesInOrder(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(courses)
    .where(and(published, inArray(courses.externalId, ids)));
  const byId = new Map(rows.map((row) => [row.externalId, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Courses that have not started yet (모집중), soonest first: the ones a resident can still join. */
export async function coursesOpenForApplication(today: string, limit = 6) {
  return db
    .select()
    .from(courses)
    .where(and(published, courseCatalogSpec.status.sql("recruiting", today)))
    .orderBy(asc(courses.startDate))
    .limit(limit);
}

/**
 * Other published courses like this one: the same NCS job, then its group, then the same field or
 * a shared topic tag (not the programme that pays, which nearly every course shares). What a
 * resident can still join comes first, the soonest start first; `recruitingOnly` keeps only
 * that (the alternatives to an ended course).
 */
export async function relatedCourses(
  course: Course,
  today: string,
  { limit = 4, recruitingOnly = false }: { limit?: number; recruitingOnly?: boolean } = {},
) {
  const recruiting = courseCatalogSpec.status.sql("recruiting", today);
  const topics = course.tags.filter((tag) => !isFundingTag(tag));
  const ncsGroup = course.ncsCode?.slice(0, 4) ?? null;
  return db
    .select()
    .from(courses)
    .where(
      and(
        published,
        ne(courses.id, course.id),
        or(eq(courses.field, course.field), hasAnyTag(courses.tags, topics)),
        recruitingOnly ? recruiting : undefined,
      ),
    )
    .orderBy(
      sql`${recruiting} desc`,
      sql`${courses.ncsCode} is not null and ${courses.ncsCode} = ${course.ncsCode} desc`,
      sql`${courses.ncsCode} is not null and substr(${courses.ncsCode}, 1, 4) = ${ncsGroup} desc`,
      sql`${courses.field} = ${course.field} desc`,
      sql`${courses.startDate} is null`,
      asc(courses.startDate),
      asc(courses.id),
    )
    .limit(limit);
}

/** Course ids from a compare link (?ids=a&ids=b or ?ids=a,b), de-duplicated, in the order given. */
export function compareIds(raw: string | string[] | undefined) {
  const values = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(","));
  return [...new Set(values.map((v) => v.trim()).filter((v) => /^[A-Za-z0-9_-]{1,100}$/.test(v)))];
}

/** How many published courses carry any of the tags (a tag page lists only the first few). */
export function countCoursesWithTags(tags: string[]) {
  return db.$count(courses, and(published, hasAnyTag(courses.tags, tags)));
}

export async function coursesWithTags(tags: string[], limit = 24) {
  return db
    .select()
    .from(courses)
    .where(and(published, hasAnyTag(courses.tags, tags)))
    .orderBy(desc(courses.startDate))
    .limit(limit);
}
