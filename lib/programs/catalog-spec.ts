import { sql } from "drizzle-orm";
import { tagFacet, type CatalogSpec } from "@/lib/catalog/spec";
import { programs } from "@/lib/db/schema";
import { districtNames } from "@/lib/districts/districts";
import { facetValueParam } from "@/lib/search/params";
import { z } from "zod";
import { applicationStatusLabels } from "./derive";
import { areasOpenTo, programAreaLabel, programAreas } from "./enums";
import { published } from "./visibility";

const statuses = ["open", "upcoming", "always", "notice", "closed"] as const;
type Status = (typeof statuses)[number];

// Open once its start has come (or it has none) and its start is not still to be announced nor
// its period left to the notice; 상시 when it has no deadline. One its source no longer lists is
// 마감 whatever its dates.
const started = (day: number) =>
  `(applyStartDay IS NULL OR applyStartDay <= ${day}) AND applyLater != true AND periodInNotice != true AND closed != true`;
const startedSql = (today: string) =>
  sql`(${programs.applyStart} is null or ${programs.applyStart} <= ${today}) and ${programs.applyLater} = 0 and ${programs.periodInNotice} = 0 and ${programs.closedAt} is null`;

/** The program catalog: every facet, filter and order, for Meilisearch and for the database. */
export const programCatalogSpec = {
  index: "programs",
  idColumn: programs.externalId,
  table: programs,
  visible: published,
  searchable: {
    title: programs.title,
    tags: programs.tags,
    targetGroups: programs.targetGroups,
    agency: programs.agency,
    category: programs.category,
    summary: programs.summary,
    eligibility: programs.eligibility,
    benefit: programs.benefit,
  },
  // Notices that read alike (the same programme's rounds): the nearest deadline first, 상시 last.
  relevanceOrder: [{ attribute: "applyEndDay", sql: programs.applyEnd }],
  facets: {
    target: {
      label: "대상",
      attribute: "targetGroups",
      column: programs.targetGroups,
      array: true,
      schema: facetValueParam,
    },
    category: {
      label: "분야",
      attribute: "category",
      column: programs.category,
      schema: facetValueParam,
    },
    agency: {
      label: "소관기관",
      attribute: "agency",
      column: programs.agency,
      schema: facetValueParam,
    },
    // Where a resident may apply from: a 군·구 lists the programs for it and those open to all
    // of 인천 or the whole country, as the eligibility check counts them. Every value is offered.
    region: {
      label: "신청 가능 지역",
      attribute: "eligibleAreas",
      column: programs.eligibleAreas,
      array: true,
      schema: z.enum(programAreas, { error: `must be one of: ${programAreas.join(", ")}` }),
      valueLabels: Object.fromEntries(programAreas.map((area) => [area, programAreaLabel(area)])),
      expand: areasOpenTo,
      countEach: true,
    },
    tag: tagFacet(programs.tags, { linkOnly: true }),
  },
  status: {
    label: "접수상태",
    values: statuses,
    // A plan's or pilot's end reads 종료 on its card (./derive.ts); the filter names both.
    valueLabels: { ...applicationStatusLabels, closed: "마감·종료" },
    attributes: ["applyStartDay", "applyEndDay", "applyLater", "periodInNotice", "closed"],
    // 공고 참조 may or may not be open today: after what surely is, beside what opens later.
    relevanceGroups: [["open", "always"], ["upcoming", "notice"], ["closed"]],
    meili: (status: Status, day: number) =>
      ({
        open: `${started(day)} AND applyEndDay >= ${day}`,
        upcoming: `(applyStartDay > ${day} OR applyLater = true) AND closed != true`,
        always: `${started(day)} AND applyEndDay IS NULL`,
        notice: "periodInNotice = true AND closed != true",
        closed: `((${started(day)} AND applyEndDay < ${day}) OR closed = true)`,
      })[status],
    sql: (status: Status, today: string) =>
      ({
        open: sql`${startedSql(today)} and ${programs.applyEnd} >= ${today}`,
        upcoming: sql`(${programs.applyStart} > ${today} or ${programs.applyLater} = 1) and ${programs.closedAt} is null`,
        always: sql`${startedSql(today)} and ${programs.applyEnd} is null`,
        notice: sql`${programs.periodInNotice} = 1 and ${programs.closedAt} is null`,
        closed: sql`((${startedSql(today)} and ${programs.applyEnd} < ${today}) or ${programs.closedAt} is not null)`,
      })[status],
  },
  toggles: {},
  ranges: {},
  sorts: {
    relevance: { label: "관련도순", order: null },
    // Open programs by nearest deadline, then those opening soon, then 상시, then 공고 참조, then
    // closed ones, most recently closed first.
    deadline: {
      label: "마감임박순",
      order: {
        segments: [
          { status: "open", order: [{ attribute: "applyEndDay", sql: programs.applyEnd }] },
          { status: "upcoming", order: [{ attribute: "applyStartDay", sql: programs.applyStart }] },
          { status: "always", order: [{ attribute: "title", sql: programs.title }] },
          { status: "notice", order: [{ attribute: "title", sql: programs.title }] },
          {
            status: "closed",
            order: [{ attribute: "applyEndDay", sql: programs.applyEnd, desc: true }],
          },
        ],
      },
    },
    latest: {
      label: "최신순",
      order: [{ attribute: "updatedAt", sql: programs.updatedAt, desc: true }],
    },
  },
  defaultSort: (q) => (q ? "relevance" : "deadline"),
  pageSize: 12,
  // "부평구 청년" means programs a 부평구 resident may apply to (as the 신청 가능 지역 filter
  // counts them), not those whose text names 부평구.
  queryWord: (word) =>
    (districtNames as readonly string[]).includes(word) ? { facet: "region", value: word } : null,
} satisfies CatalogSpec<
  "target" | "category" | "agency" | "region" | "tag",
  Status,
  never,
  never,
  "relevance" | "deadline" | "latest"
>;
