import "server-only";
import { listCourses } from "@/lib/courses/catalog";
import { recruitmentStatus, recruitmentStatusLabels } from "@/lib/courses/derive";
import { activeCourseFilters, courseParamSpecs, courseQueryString } from "@/lib/courses/filters";
import { todayInSeoul } from "@/lib/dates/dates";
import { siteUrl } from "@/lib/env";
import { atomXml, type AtomEntry } from "@/lib/feed/atom";
import { deadlinesCalendar } from "@/lib/programs/calendar";
import { listPrograms } from "@/lib/programs/catalog";
import { applicationStatus, applicationStatusLabel, periodLine } from "@/lib/programs/derive";
import {
  activeProgramFilters,
  programParamSpecs,
  programQueryString,
} from "@/lib/programs/filters";
import { parseParams } from "@/lib/search/params";
import type { ActiveFilter } from "./spec";
import { siteName } from "@/lib/metadata";
import {
  courseFeedPath,
  coursePath,
  coursesPath,
  programFeedPath,
  programPath,
  programsPath,
} from "@/lib/routes/public";

// A catalog search a resident follows: the same parameters as the page, as an Atom feed of the
// newest and most recently changed records, or (programs) a calendar of their deadlines. Bad
// parameters are a 400 that names them, as in the search API.

const FEED_ENTRIES = 50;
/** Programs asked per page for the calendar, and the most deadlines it holds. */
const CALENDAR_PAGE = 100;
const CALENDAR_MOST = 2_000;
/** The statuses whose deadline can still be ahead: 접수중 and 접수예정. */
const DEADLINE_AHEAD = ["open", "upcoming"] as const;

export type Subscription = { status: 200 | 400; body: string; contentType: string };

const url = (path: string) => new URL(path, siteUrl).toString();
const bad = (error: string): Subscription => ({
  status: 400,
  body: JSON.stringify({ error }),
  contentType: "application/json; charset=utf-8",
});
const atom = (body: string): Subscription => ({
  status: 200,
  body,
  contentType: "application/atom+xml; charset=utf-8",
});

/**
 * What the search is about, in words, for a feed's title: its query and its filters as their
 * chips read ("훈련과정: 파이썬 · 주말", not the URL's "weekend"). A word of the query that acts
 * as a filter is already in the query.
 */
function searchTitle(kind: string, query: string | undefined, filters: ActiveFilter<unknown>[]) {
  const words = [
    query?.trim(),
    ...filters.filter((filter) => !filter.key.startsWith("q:")).map((filter) => filter.label),
  ].filter(Boolean);
  return words.length > 0 ? `${kind}: ${words.join(" · ")}` : `${kind} 전체`;
}

/** One followed search as Atom: its records newest (or most recently changed) first. */
function searchFeed<R extends { updatedAt: Date }>(
  kind: "훈련과정" | "지원사업",
  paths: { list: (query: string) => string; feed: (query: string) => string },
  search: { query: string; title: string },
  rows: R[],
  entry: (record: R) => AtomEntry,
): Subscription {
  const { query } = search;
  return atom(
    atomXml({
      id: url(paths.feed(query)),
      title: `${search.title} | ${siteName}`,
      subtitle: `이 검색에 새로 올라오거나 바뀐 ${kind}`,
      link: url(paths.list(query)),
      self: url(paths.feed(query)),
      updated: rows[0]?.updatedAt ?? new Date(0),
      authors: [siteName],
      entries: rows.map(entry),
    }),
  );
}

export async function courseFeed(raw: URLSearchParams): Promise<Subscription> {
  const parsed = parseParams(raw, courseParamSpecs, "strict");
  if (!parsed.ok) return bad(parsed.error);
  const today = todayInSeoul();
  const { courses } = await listCourses(
    { ...parsed.params, sort: "latest", page: 1, pageSize: FEED_ENTRIES },
    today,
  );
  return searchFeed(
    "훈련과정",
    { list: coursesPath, feed: courseFeedPath },
    {
      query: courseQueryString(parsed.params),
      title: searchTitle("훈련과정", parsed.params.q, activeCourseFilters(parsed.params)),
    },
    courses,
    (course) => {
      const link = url(coursePath(course));
      return {
        id: link,
        title: `${course.isSample ? "[예시] " : ""}${course.title}`,
        link,
        summary: [
          recruitmentStatusLabels[recruitmentStatus(course, today)],
          course.provider,
          course.district,
          course.startDate && `개강 ${course.startDate}`,
          `${course.totalHours}시간`,
        ]
          .filter(Boolean)
          .join(" · "),
        updated: course.updatedAt,
        published: course.firstSeenAt ?? course.createdAt,
        categories: [course.field, course.trainingType, ...course.tags],
      };
    },
  );
}

export async function programFeed(raw: URLSearchParams): Promise<Subscription> {
  const parsed = parseParams(raw, programParamSpecs, "strict");
  if (!parsed.ok) return bad(parsed.error);
  const today = todayInSeoul();
  const { programs } = await listPrograms(
    { ...parsed.params, sort: "latest", page: 1, pageSize: FEED_ENTRIES },
    today,
  );
  return searchFeed(
    "지원사업",
    { list: programsPath, feed: programFeedPath },
    {
      query: programQueryString(parsed.params),
      title: searchTitle("지원사업", parsed.params.q, activeProgramFilters(parsed.params)),
    },
    programs,
    (program) => {
      const link = url(programPath(program));
      return {
        id: link,
        title: `${program.isSample ? "[예시] " : ""}${program.title}`,
        link,
        summary: [
          applicationStatusLabel(program, applicationStatus(program, today)),
          periodLine(program, today).value,
          program.agency,
          program.summary,
        ]
          .filter(Boolean)
          .join(" · "),
        updated: program.updatedAt,
        published: program.firstSeenAt ?? program.createdAt,
        categories: [program.category, ...program.targetGroups, ...program.tags],
      };
    },
  );
}

/** The deadlines still ahead of the programs a search matches, as one calendar to subscribe to. */
export async function programDeadlines(raw: URLSearchParams): Promise<Subscription> {
  const parsed = parseParams(raw, programParamSpecs, "strict");
  if (!parsed.ok) return bad(parsed.error);
  const today = todayInSeoul();
  // Every deadline ahead, page by page: one page cut the calendar at its first 100 programs.
  const asked = parsed.params.status;
  const status = DEADLINE_AHEAD.filter((value) => asked.length === 0 || asked.includes(value));
  const ahead = [];
  for (let page = 1; status.length > 0 && ahead.length < CALENDAR_MOST; page++) {
    const { programs, total } = await listPrograms(
      { ...parsed.params, status, sort: "deadline", page, pageSize: CALENDAR_PAGE },
      today,
    );
    ahead.push(
      ...programs.filter(
        (program) => program.applyEnd && program.applyEnd >= today && !program.closedAt,
      ),
    );
    if (page * CALENDAR_PAGE >= total || programs.length === 0) break;
  }
  return {
    status: 200,
    body: deadlinesCalendar(
      ahead,
      (program) => url(programPath(program)),
      `${searchTitle("지원사업 마감일", parsed.params.q, activeProgramFilters(parsed.params))} | ${siteName}`,
    ),
    contentType: "text/calendar; charset=utf-8",
  };
}

/** A route handler answering one kind of subscription from the request's query string. */
export function subscriptionRoute(answer: (raw: URLSearchParams) => Promise<Subscription>) {
  return async (request: Request) => {
    const subscription = await answer(new URL(request.url).searchParams);
    return new Response(subscription.body, {
      status: subscription.status,
      headers: { "Content-Type": subscription.contentType },
    });
  };
}
