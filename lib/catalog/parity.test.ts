import { beforeAll, describe, expect, it } from "vitest";
import { db, migrateDatabase } from "@/lib/db/client";
import { articles, courses, issues, programs } from "@/lib/db/schema";
import { articleCatalogSpec } from "@/lib/bulletin/catalog-spec";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { recruitmentStatus } from "@/lib/courses/derive";
import { addDays } from "@/lib/dates/dates";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import { applicationStatus } from "@/lib/programs/derive";
import { applyIndexSettings, reindexAll } from "@/lib/search/sync";
import { catalogFromMeilisearch } from "@/lib/search/catalog-query";
import { generateCourses } from "@/scripts/bench/catalog-generator";
import { catalogRequest } from "./search";
import { catalogFromDatabase } from "./sql";
import type { AnyCatalogSpec, CatalogParams } from "./spec";
import { indexSettings } from "@/lib/catalog/index-settings";

const today = "2025-09-15";

// Every sort, and filters of every kind: facets (with an old district name), status, the card
// toggle, ranges of numbers and dates, and a page past the first.
const cases: Partial<CatalogParams<typeof courseCatalogSpec>>[] = [
  ...Object.keys(courseCatalogSpec.sorts)
    .filter((sort) => sort !== "relevance")
    .map((sort) => ({ sort: sort as keyof typeof courseCatalogSpec.sorts })),
  { field: ["클라우드", "정보보안"], sort: "start" },
  { district: ["중구"], status: ["recruiting"], sort: "-employment" },
  { status: ["in_progress", "ended"], card: "1", sort: "hours" },
  { schedule: ["weekend"], hoursMin: 400, hoursMax: 900, sort: "-fill" },
  { startFrom: "2025-01-01", startTo: "2026-06-30", type: ["단기 심화"], sort: "-start" },
  { provider: ["인천 IT아카데미"], sort: "start" },
  // A tag page's link: the tag filters without being counted.
  { tag: ["파이썬", "클라우드"], status: ["recruiting", "ended"], sort: "-start" },
  { sort: "start", page: 3, pageSize: 20 },
  // The default order, status by status: a page across two statuses, and the last page, where
  // the rounds without dates (in no status) follow every status.
  { sort: "soon", page: 6, pageSize: 20 },
  { sort: "soon", page: 20, pageSize: 20 },
  { field: ["클라우드"], sort: "soon" },
  // Words found only in a searched attribute other than the title: the training type.
  { q: "선도기업", sort: "start" },
];

const programCases: Partial<CatalogParams<typeof programCatalogSpec>>[] = [
  { sort: "deadline" },
  { sort: "deadline", page: 2, pageSize: 10 },
  { sort: "deadline", page: 4, pageSize: 10 },
  { sort: "latest" },
  { target: ["청년"], sort: "deadline" },
  { target: ["소상공인", "중소기업"], status: ["open", "always"], sort: "latest" },
  { category: ["창업"], region: ["인천"], sort: "deadline" },
  { tag: ["청년"], sort: "latest" },
  { region: ["연수구", "전국"], status: ["open"], sort: "latest" },
  { status: ["notice", "upcoming"], sort: "deadline" },
  { status: ["always"], target: ["청년"], sort: "deadline" },
  {
    status: ["closed", "upcoming"],
    agency: ["인천테크노파크", "중소벤처기업부"],
    sort: "deadline",
  },
  // Words found only in who may apply and what they get.
  { q: "누구나", sort: "deadline" },
  { q: "지원금", sort: "latest" },
  // Two words narrow: a record needs both, not either.
  { q: "누구나 지원금", sort: "deadline" },
  // A 군·구 typed in the box filters by where a resident may apply from.
  { q: "연수구 지원금", sort: "deadline" },
  { q: "누구나 지원금" },
];

const articleCases: Partial<CatalogParams<typeof articleCatalogSpec>>[] = [
  { sort: "latest" },
  { sort: "latest", page: 2, pageSize: 5 },
  { section: ["policy"], sort: "latest" },
  { category: ["노동", "산업"], tag: ["청년"], sort: "latest" },
  { section: ["issue", "appendix"], tag: ["반도체"], sort: "latest" },
  // Words found only in an article's body.
  { q: "항만", sort: "latest" },
];

/**
 * Three issues — two published, one still a draft — of articles in every section, some
 * unpublished or in the trash, dated one by one out of their printed order.
 */
async function insertFixtureArticles() {
  const [april, may, draft] = await db
    .insert(issues)
    .values([
      {
        slug: "2030-04",
        title: "4월호",
        summary: "",
        status: "published",
        publishAt: new Date("2030-04-01"),
      },
      { slug: "2030-05", title: "5월호", summary: "", status: "published" },
      { slug: "2030-06", title: "6월호", summary: "", status: "draft" },
    ])
    .returning();
  const sectionsInTurn = ["issue", "industry", "policy", "appendix"] as const;
  const categories = ["노동", "산업", "제조", "정책"];
  const tags = ["청년", "반도체", "창업", "물류"];
  await db.insert(articles).values(
    Array.from({ length: 36 }, (_, i) => ({
      issueId: [april!, may!, draft!][i % 3]!.id,
      slug: `parity-article-${i}`,
      section: sectionsInTurn[i % 4]!,
      category: categories[(i * 7) % 4]!,
      title: `시험 기사 ${i}`,
      summary: "시험용 기사",
      body: i % 5 === 0 ? "인천 항만 현황" : "인천 산업 동향",
      tags: [tags[i % 4]!, ...(i % 3 === 1 ? [tags[(i + 1) % 4]!] : [])],
      position: Math.floor(i / 4),
      status: i % 7 === 6 ? ("draft" as const) : ("published" as const),
      publishAt: i % 3 === 1 ? new Date(Date.UTC(2030, 4, 1 + (i % 4))) : null,
      deletedAt: i === 10 ? new Date() : null,
    })),
  );
}

/** Programs of every application status, dated around `today` or undated (추후 공지, 공고 참조). */
function fixturePrograms() {
  const targets = ["청년", "소상공인", "중소기업", "구직자", "예비창업자"];
  const categories = ["창업", "금융", "인력", "주거", "수출"];
  const agencies = ["인천광역시", "중소벤처기업부", "고용노동부", "인천테크노파크"];
  return Array.from({ length: 60 }, (_, i) => {
    const kind = i % 4; // 0 open, 1 upcoming, 2 상시, 3 closed
    const applyLater = i % 10 === 9;
    const periodInNotice = i % 10 === 5;
    const dated = !applyLater && !periodInNotice;
    const applyStart =
      !dated || (kind !== 1 && i % 3 === 0)
        ? null
        : kind === 1
          ? addDays(today, 3 + i)
          : addDays(today, -30 - i);
    const applyEnd =
      !dated || kind === 2
        ? null
        : kind === 3
          ? addDays(today, -1 - (i % 7))
          : addDays(today, 5 + (i % 9));
    return {
      externalId: `parity-program-${String(i).padStart(2, "0")}`,
      title: `${categories[i % 5]} 지원사업 ${String.fromCharCode(0xac00 + ((i * 37) % 400))}`,
      agency: agencies[i % 4]!,
      category: categories[i % 5]!,
      targetGroups: [targets[i % 5]!, ...(i % 2 ? [targets[(i + 2) % 5]!] : [])],
      region: i % 3 ? "인천" : "전국",
      eligibleAreas:
        i % 3
          ? i % 7
            ? ["인천" as const]
            : ["연수구" as const, "남동구" as const]
          : ["전국" as const],
      summary: "시험용 지원사업",
      tags: i % 4 === 0 ? ["청년", "주거"] : ["창업"],
      eligibility: i % 2 ? "누구나" : "인천 거주자",
      benefit: i % 3 ? "지원금 100만 원" : "교육",
      applyStart,
      applyEnd,
      applyLater,
      periodInNotice,
      howToApply: "온라인",
      status: "published" as const,
      updatedAt: new Date(Date.UTC(2025, 0, 1) + ((i * 7919) % 60) * 86_400_000),
    };
  });
}

async function expectSameAnswers(spec: AnyCatalogSpec, params: object) {
  const request = catalogRequest(spec, params, today);
  const [meili, database] = await Promise.all([
    catalogFromMeilisearch(spec, request),
    catalogFromDatabase(spec, request),
  ]);
  expect(meili.total).toBeGreaterThan(0);
  expect(database).toEqual(meili);
}

describe("catalogs from Meilisearch and from the database", () => {
  beforeAll(async () => {
    await migrateDatabase();
    // Fewer providers than the facet's 100 shown values, so both count every one.
    // Every fortieth round has no dates yet (일정 미정), as an editor may leave it.
    const generated = generateCourses(400).map((c, i) => ({
      ...c,
      provider: c.provider.replace(/ \d+$/, ""),
      status: "published" as const,
      ...(i % 40 === 7 && { startDate: null, endDate: null }),
    }));
    for (let i = 0; i < generated.length; i += 100)
      await db.insert(courses).values(generated.slice(i, i + 100));
    await db.insert(programs).values(fixturePrograms());
    await insertFixtureArticles();
    await applyIndexSettings(indexSettings);
    await reindexAll(indexSettings);
  }, 120_000);

  it.each(cases.map((params) => [JSON.stringify(params), params] as const))(
    "courses agree on ids, order, totals and counts for %s",
    (_, params) => expectSameAnswers(courseCatalogSpec, params),
  );

  it("courses without a query list what a resident can still join first, the soonest start first", async () => {
    const rows = await db.select().from(courses);
    const byId = new Map(rows.map((row) => [row.externalId, row]));
    const listed = [];
    for (let page = 1; page <= 8; page++) {
      const { ids } = await catalogFromMeilisearch(
        courseCatalogSpec,
        catalogRequest(courseCatalogSpec, { page, pageSize: 50 }, today),
      );
      listed.push(...ids.map((id) => byId.get(id)!));
    }
    expect(listed).toHaveLength(400);
    const statuses = listed.map((course) => recruitmentStatus(course, today));
    const runs = statuses.filter((status, i) => status !== statuses[i - 1]);
    expect(runs).toEqual(["recruiting", "in_progress", "ended", "unknown"]);
    const starts = listed.filter((_, i) => statuses[i] === "recruiting").map((c) => c.startDate!);
    expect(starts).toEqual([...starts].sort());
    expect(listed[0]!.startDate! > today).toBe(true);
  });

  it.each(programCases.map((params) => [JSON.stringify(params), params] as const))(
    "programs agree on ids, order, totals and counts for %s",
    (_, params) => expectSameAnswers(programCatalogSpec, params),
  );

  it.each(programCatalogSpec.status.values.map((status) => [status] as const))(
    "the %s filter lists exactly the programs whose card shows that status",
    async (status) => {
      const request = catalogRequest(
        programCatalogSpec,
        { status: [status], sort: "latest", pageSize: 60 },
        today,
      );
      const [meili, database] = await Promise.all([
        catalogFromMeilisearch(programCatalogSpec, request),
        catalogFromDatabase(programCatalogSpec, request),
      ]);
      const shown = fixturePrograms()
        .filter((program) => applicationStatus(program, today) === status)
        .map((program) => program.externalId);
      expect(shown.length).toBeGreaterThan(0);
      expect([...meili.ids].sort()).toEqual(shown.sort());
      expect(database.ids).toEqual(meili.ids);
    },
  );

  it("a 군·구 lists, and counts, the programs a resident there may apply to, in both engines", async () => {
    const request = catalogRequest(
      programCatalogSpec,
      { region: ["남동구"], sort: "latest", pageSize: 60 },
      today,
    );
    const [meili, database] = await Promise.all([
      catalogFromMeilisearch(programCatalogSpec, request),
      catalogFromDatabase(programCatalogSpec, request),
    ]);
    // Its own, all of 인천's and the whole country's: every fixture program but none.
    const open = fixturePrograms().filter((program) =>
      program.eligibleAreas.some((area) => ["남동구", "인천", "전국"].includes(area)),
    );
    expect([...meili.ids].sort()).toEqual(open.map((program) => program.externalId).sort());
    expect(database.ids).toEqual(meili.ids);
    // The count beside each area is what choosing it lists: 부평구 has no program of its own.
    const holding = (...areas: string[]) =>
      fixturePrograms().filter((program) =>
        program.eligibleAreas.some((area) => areas.includes(area)),
      ).length;
    for (const counts of [meili.facets.region, database.facets.region]) {
      expect(counts).toMatchObject({
        남동구: open.length,
        부평구: holding("인천", "전국"),
        인천: holding("인천", "전국"),
        전국: holding("전국"),
      });
    }
    expect(holding("인천", "전국")).toBeLessThan(open.length);
  });

  it.each<[string, AnyCatalogSpec, object]>([
    ["course", courseCatalogSpec, { status: ["in_progress", "ended"], card: "1", sort: "hours" }],
    [
      "program",
      programCatalogSpec,
      { region: ["연수구", "전국"], status: ["open"], sort: "latest" },
    ],
    ["program", programCatalogSpec, { sort: "deadline", page: 4, pageSize: 10 }],
  ])(
    "a %s listing without counts (a feed, a suggestion) finds the same page in both engines",
    async (_, spec, params) => {
      const counted = catalogRequest(spec, params, today);
      const listing = catalogRequest(spec, params, today, false);
      const [meili, database, withCounts] = await Promise.all([
        catalogFromMeilisearch(spec, listing),
        catalogFromDatabase(spec, listing),
        catalogFromMeilisearch(spec, counted),
      ]);
      expect(meili.ids.length).toBeGreaterThan(0);
      expect(meili).toEqual({
        ids: withCounts.ids,
        total: withCounts.total,
        facets: {},
        toggles: {},
      });
      expect(database).toEqual(meili);
    },
  );

  it.each(articleCases.map((params) => [JSON.stringify(params), params] as const))(
    "articles agree on ids, order, totals and counts for %s",
    (_, params) => expectSameAnswers(articleCatalogSpec, params),
  );
});
