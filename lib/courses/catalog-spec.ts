import { sql } from "drizzle-orm";
import { z } from "zod";
import { tagFacet, type CatalogSpec } from "@/lib/catalog/spec";
import { dateToInt } from "@/lib/dates/dates";
import { courses } from "@/lib/db/schema";
import { districtFilterNames, districtsChosenBy } from "@/lib/districts/districts";
import { facetValueParam, isoDateParam, wholeNumberParam } from "@/lib/search/params";
import { recruitmentStatusLabels } from "./derive";
import { scheduleLabels, schedules, type Schedule } from "./enums";
import { published } from "./visibility";

const statuses = ["recruiting", "in_progress", "ended"] as const;
type Status = (typeof statuses)[number];

const hoursInput = { type: "number", min: 0, max: 10_000 } as const;
const hours = wholeNumberParam(hoursInput.min, hoursInput.max);
const scheduleWords: Record<string, Schedule | undefined> = {
  주말: "weekend",
  주중: "weekday",
  평일: "weekday",
};
// Computed as the index computes it (lib/search/documents.ts), so both order alike.
const fillRate = sql`(case when ${courses.enrolled} is null or ${courses.capacity} <= 0 then null else round(${courses.enrolled} * 1.0 / ${courses.capacity} * 100, 1) end)`;

/** The course catalog: every facet, filter and order, for Meilisearch and for the database. */
export const courseCatalogSpec = {
  index: "courses",
  idColumn: courses.externalId,
  table: courses,
  visible: published,
  searchable: {
    title: courses.title,
    tags: courses.tags,
    field: courses.field,
    provider: courses.provider,
    trainingType: courses.trainingType,
    districtNames: courses.district,
    description: courses.description,
  },
  // Rounds of one course read alike: the one starting soonest first (undated ones last).
  relevanceOrder: [{ attribute: "startDay", sql: courses.startDate }],
  facets: {
    field: { label: "분야", attribute: "field", column: courses.field, schema: facetValueParam },
    type: {
      label: "훈련유형",
      attribute: "trainingType",
      column: courses.trainingType,
      schema: facetValueParam,
    },
    district: {
      label: "지역",
      attribute: "district",
      column: courses.district,
      schema: z.enum(districtFilterNames as [string, ...string[]], {
        error: "must be an Incheon 군·구",
      }),
      expand: districtsChosenBy,
    },
    provider: {
      label: "훈련기관",
      attribute: "provider",
      column: courses.provider,
      schema: facetValueParam,
    },
    schedule: {
      label: "요일",
      attribute: "schedule",
      column: courses.schedule,
      schema: z.enum(schedules, { error: `must be one of: ${schedules.join(", ")}` }),
      valueLabels: scheduleLabels,
    },
    tag: tagFacet(courses.tags, { linkOnly: true }),
  },
  status: {
    label: "모집상태",
    values: statuses,
    valueLabels: recruitmentStatusLabels,
    attributes: ["startDay", "endDay", "closed"],
    relevanceGroups: [["recruiting"], ["in_progress"], ["ended"]],
    // Derived from the dates on the day asked, never stored.
    // A round its source no longer lists is closed: ended, whatever its dates.
    meili: (status: Status, day: number) =>
      status === "recruiting"
        ? `(startDay > ${day} AND closed != true)`
        : status === "in_progress"
          ? `(startDay <= ${day} AND (endDay >= ${day} OR endDay IS NULL) AND closed != true)`
          : `(endDay < ${day} OR closed = true)`,
    sql: (status: Status, today: string) =>
      status === "recruiting"
        ? sql`(${courses.startDate} > ${today} and ${courses.closedAt} is null)`
        : status === "in_progress"
          ? sql`(${courses.startDate} <= ${today} and (${courses.endDate} >= ${today} or ${courses.endDate} is null) and ${courses.closedAt} is null)`
          : sql`(${courses.endDate} < ${today} or ${courses.closedAt} is not null)`,
  },
  toggles: {
    card: {
      label: "내일배움카드",
      attribute: "cardEligible",
      value: true,
      column: courses.cardEligible,
    },
  },
  ranges: {
    hoursMin: {
      label: "최소 훈련시간",
      group: "총 훈련시간",
      input: hoursInput,
      chip: (v) => `${v}시간 이상`,
      attribute: "totalHours",
      column: courses.totalHours,
      op: ">=",
      schema: hours,
      toMeili: Number,
    },
    hoursMax: {
      label: "최대 훈련시간",
      group: "총 훈련시간",
      input: hoursInput,
      chip: (v) => `${v}시간 이하`,
      attribute: "totalHours",
      column: courses.totalHours,
      op: "<=",
      schema: hours,
      toMeili: Number,
    },
    startFrom: {
      label: "이후",
      group: "시작일",
      input: { type: "date" },
      chip: (v) => `${v} 이후 시작`,
      attribute: "startDay",
      column: courses.startDate,
      op: ">=",
      schema: isoDateParam,
      toMeili: (v) => dateToInt(String(v))!,
    },
    startTo: {
      label: "이전",
      group: "시작일",
      input: { type: "date" },
      chip: (v) => `${v} 이전 시작`,
      attribute: "startDay",
      column: courses.startDate,
      op: "<=",
      schema: isoDateParam,
      toMeili: (v) => dateToInt(String(v))!,
    },
  },
  sorts: {
    relevance: { label: "관련도순", order: null },
    // What a resident can still join first, the soonest start first; then running rounds, the
    // latest started first; then ended ones, the latest ended first.
    soon: {
      label: "개강 임박순",
      order: {
        segments: [
          { status: "recruiting", order: [{ attribute: "startDay", sql: courses.startDate }] },
          {
            status: "in_progress",
            order: [{ attribute: "startDay", sql: courses.startDate, desc: true }],
          },
          { status: "ended", order: [{ attribute: "endDay", sql: courses.endDate, desc: true }] },
        ],
      },
    },
    start: {
      label: "시작일 빠른순",
      order: [{ attribute: "startDay", sql: courses.startDate }],
    },
    "-start": {
      label: "시작일 늦은순",
      order: [{ attribute: "startDay", sql: courses.startDate, desc: true }],
    },
    "-employment": {
      label: "취업률 높은순",
      order: [{ attribute: "employmentRate", sql: courses.employmentRate, desc: true }],
    },
    hours: {
      label: "훈련시간 짧은순",
      order: [{ attribute: "totalHours", sql: courses.totalHours }],
    },
    "-hours": {
      label: "훈련시간 긴순",
      order: [{ attribute: "totalHours", sql: courses.totalHours, desc: true }],
    },
    "-fill": {
      label: "정원충족률 높은순",
      order: [{ attribute: "fillRate", sql: fillRate, desc: true }],
    },
    latest: {
      label: "최근 바뀐 순",
      order: [{ attribute: "updatedAt", sql: courses.updatedAt, desc: true }],
    },
  },
  defaultSort: (q) => (q ? "relevance" : "soon"),
  pageSize: 12,
  // "주말 AI" means weekend AI courses; "부평구 파이썬" Python in 부평구 (old names too).
  queryWord: (word) => {
    if (scheduleWords[word]) return { facet: "schedule", value: scheduleWords[word] };
    return (districtFilterNames as string[]).includes(word)
      ? { facet: "district", value: word }
      : null;
  },
} satisfies CatalogSpec<
  "field" | "type" | "district" | "provider" | "schedule" | "tag",
  Status,
  "card",
  "hoursMin" | "hoursMax" | "startFrom" | "startTo",
  | "relevance"
  | "soon"
  | "start"
  | "-start"
  | "-employment"
  | "hours"
  | "-hours"
  | "-fill"
  | "latest"
>;
