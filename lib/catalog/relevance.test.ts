import { beforeAll, describe, expect, it } from "vitest";
import type { CourseSeed, ProgramSeed } from "@/lib/content/schema";
import { seedDatabase } from "@/lib/content/seed";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { addDays, todayInSeoul } from "@/lib/dates/dates";
import { migrateDatabase } from "@/lib/db/client";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import { catalogFromMeilisearch } from "@/lib/search/catalog-query";
import { prepareSearchIndexes } from "@/lib/search/ready";
import { searchDatabase } from "./fallback";
import { search } from "./everything";
import { indexSettings } from "./index-settings";
import { catalogRequest } from "./search";
import { catalogFromDatabase } from "./sql";

// Ranked by relevance, what a resident can join or apply to now comes first, then what they can
// later or no longer: a course recruiting, then one already running, then one that ended. Here
// the running and ended courses name 메타버스 in their titles and the recruiting one only in its
// description, so relevance alone would list it last.
const today = todayInSeoul();

const course = (fields: Partial<CourseSeed>): CourseSeed => ({
  externalId: "",
  title: "",
  provider: "시험용 훈련기관",
  trainingType: "디지털 신기술 아카데미",
  field: "정보기술개발",
  ncsCode: null,
  district: "남동구",
  address: "인천광역시 남동구",
  startDate: null,
  endDate: null,
  totalHours: 600,
  capacity: 20,
  enrolled: null,
  applicants: null,
  tuition: null,
  subsidyPerHour: null,
  cardEligible: true,
  schedule: "weekday",
  employmentRate: null,
  employmentStatus: "planned",
  year: 2026,
  description: "순위 시험용 과정입니다.",
  url: null,
  tags: [],
  isSample: true,
  ...fields,
});

const program = (fields: Partial<ProgramSeed>): ProgramSeed => ({
  externalId: "",
  title: "",
  agency: "시험용 기관",
  category: "창업",
  targetGroups: ["청년"],
  region: "인천",
  summary: "순위 시험용 지원사업입니다.",
  eligibility: "인천에 사는 청년",
  benefit: "공간을 빌려 줍니다.",
  maxAmountKrw: null,
  applyStart: null,
  applyEnd: null,
  periodNote: null,
  periodKind: "application",
  howToApply: "온라인으로 신청합니다.",
  url: null,
  contact: null,
  tags: [],
  articleSlug: null,
  minAge: null,
  maxAge: null,
  eligibleApplicants: [],
  eligibleAreas: ["인천"],
  householdRule: null,
  incomeRule: null,
  applyLater: false,
  periodInNotice: false,
  isSample: false,
  ...fields,
});

const ended = course({
  externalId: "rank-ended",
  title: "메타버스 콘텐츠 제작 과정",
  description: "메타버스 공간과 콘텐츠를 만듭니다.",
  startDate: addDays(today, -200),
  endDate: addDays(today, -30),
});
const running = course({
  externalId: "rank-running",
  title: "메타버스 플랫폼 개발 과정",
  description: "메타버스 플랫폼을 개발합니다.",
  startDate: addDays(today, -20),
  endDate: addDays(today, 100),
});
const open = course({
  externalId: "rank-open",
  title: "실감형 콘텐츠 제작 과정",
  description: "가상 공간을 만드는 과정으로, 메타버스 플랫폼 실습이 있습니다.",
  startDate: addDays(today, 30),
  endDate: addDays(today, 150),
});
const closed = program({
  externalId: "rank-closed",
  title: "메타버스 창업 지원",
  summary: "메타버스 분야 창업자를 지원합니다.",
  applyStart: addDays(today, -60),
  applyEnd: addDays(today, -20),
});
// Planned, no dates yet: in no status, so it ranks with the first group.
const undated = course({
  externalId: "rank-undated",
  title: "홀로그램 콘텐츠 과정",
});
const hologramEnded = course({
  externalId: "rank-hologram-ended",
  title: "홀로그램 콘텐츠 제작 과정",
  startDate: addDays(today, -300),
  endDate: addDays(today, -100),
});
const upcoming = program({
  externalId: "rank-upcoming",
  title: "메타버스 창업 보육 지원",
  summary: "메타버스 분야 예비 창업자를 보육합니다.",
  applyStart: addDays(today, 10),
  applyEnd: addDays(today, 40),
});
const current = program({
  externalId: "rank-current",
  title: "메타버스 공간 대여 지원",
  category: "기술",
  applyStart: addDays(today, -5),
  applyEnd: addDays(today, 25),
});

// Rounds of one course and notices of one programme read alike, so relevance cannot tell them
// apart: the round starting soonest and the notice closing soonest come first, undated and 상시
// last. Seeded in another order, which is the order Meilisearch would otherwise keep.
const droneRound = (externalId: string, startIn: number | null) =>
  course({
    externalId,
    title: "드론 정비 실무 과정",
    startDate: startIn === null ? null : addDays(today, startIn),
    endDate: startIn === null ? null : addDays(today, startIn + 90),
  });
const droneRounds = [
  droneRound("drone-late", 40),
  droneRound("drone-undated", null),
  droneRound("drone-soon", 10),
  droneRound("drone-middle", 25),
];
const droneNotice = (externalId: string, closesIn: number | null) =>
  program({
    externalId,
    title: "드론 방제 보조",
    summary: "드론 방제 비용을 보조합니다.",
    applyStart: addDays(today, -5),
    applyEnd: closesIn === null ? null : addDays(today, closesIn),
  });
const droneNotices = [
  droneNotice("drone-always", null),
  droneNotice("drone-later", 30),
  droneNotice("drone-sooner", 10),
];

// An article has no status: it ranks with what can be joined now.
const issue = {
  issue: {
    slug: "2026-01",
    title: "순위 시험 호",
    summary: "순위 시험용 호입니다.",
    publishAt: "2026-01-15T00:00:00+09:00",
  },
  articles: [
    {
      slug: "metaverse-note",
      section: "policy" as const,
      category: "정책",
      title: "실감 콘텐츠 정책 동향",
      summary: "가상 공간 산업의 정책을 살핍니다.",
      tags: [],
      sources: [],
      position: 0,
      body: "정부는 메타버스 산업을 키우려 합니다.",
    },
  ],
};

const urls = (hits: { url: string }[]) => hits.map((hit) => hit.url);

describe("ranking by relevance: what can be joined now first, what is over last", () => {
  beforeAll(async () => {
    await migrateDatabase();
    await seedDatabase({
      issues: [issue],
      courses: [ended, running, open, undated, hologramEnded, ...droneRounds],
      programs: [closed, upcoming, current, ...droneNotices],
    });
    await prepareSearchIndexes(indexSettings, () => {});
  });

  it("in a search of one index and across everything", async () => {
    const courses = await search({ q: "메타버스", index: "courses", page: 1, pageSize: 10 });
    expect(courses.fallback).toBe(false);
    expect(urls(courses.hits)).toEqual([
      "/courses/rank-open",
      "/courses/rank-running",
      "/courses/rank-ended",
    ]);
    expect(courses.total).toBe(3);
    // Pages past the first tier hold the rest of the same order.
    for (const [page, url] of [
      [2, "/courses/rank-running"],
      [3, "/courses/rank-ended"],
    ] as const) {
      const one = await search({ q: "메타버스", index: "courses", page, pageSize: 1 });
      expect(urls(one.hits)).toEqual([url]);
      expect(one.total).toBe(3);
    }

    const all = await search({ q: "메타버스", index: "all", page: 1, pageSize: 10 });
    expect(all.fallback).toBe(false);
    expect(urls(all.hits).slice(0, 3).sort()).toEqual([
      "/courses/rank-open",
      "/issues/2026-01/metaverse-note",
      "/programs/rank-current",
    ]);
    expect(urls(all.hits).slice(3, 5).sort()).toEqual([
      "/courses/rank-running",
      "/programs/rank-upcoming",
    ]);
    expect(urls(all.hits).slice(5).sort()).toEqual([
      "/courses/rank-ended",
      "/programs/rank-closed",
    ]);
    expect(all.counts).toEqual({ article: 1, course: 3, program: 3 });
  });

  it("yet a closed program that matches every word comes before an open one that matches fewer", async () => {
    // Meilisearch drops words from the end of the query until something matches.
    const programs = await search({ q: "메타버스 창업", index: "programs", page: 1, pageSize: 10 });
    expect(urls(programs.hits)).toEqual([
      "/programs/rank-upcoming",
      "/programs/rank-closed",
      "/programs/rank-current",
    ]);
    const third = await search({ q: "메타버스 창업", index: "programs", page: 3, pageSize: 1 });
    expect(urls(third.hits)).toEqual(["/programs/rank-current"]);
    expect(third.total).toBe(3);
  });

  it("in the catalogs, from Meilisearch and from the database alike", async () => {
    const courses = catalogRequest(courseCatalogSpec, { q: "메타버스" }, today);
    expect(courses.sort).toBe("relevance");
    for (const answer of [
      await catalogFromMeilisearch(courseCatalogSpec, courses),
      await catalogFromDatabase(courseCatalogSpec, courses),
    ]) {
      expect(answer.ids).toEqual(["rank-open", "rank-running", "rank-ended"]);
      expect(answer.total).toBe(3);
      expect(answer.facets.status).toMatchObject({ recruiting: 1, in_progress: 1, ended: 1 });
    }
    // A page past the first holds the rest of the same order.
    const second = catalogRequest(
      courseCatalogSpec,
      { q: "메타버스", page: 2, pageSize: 2 },
      today,
    );
    for (const answer of [
      await catalogFromMeilisearch(courseCatalogSpec, second),
      await catalogFromDatabase(courseCatalogSpec, second),
    ])
      expect(answer.ids).toEqual(["rank-ended"]);

    const programs = catalogRequest(programCatalogSpec, { q: "지원" }, today);
    for (const answer of [
      await catalogFromMeilisearch(programCatalogSpec, programs),
      await catalogFromDatabase(programCatalogSpec, programs),
    ])
      expect(answer.ids).toEqual(["rank-current", "rank-upcoming", "rank-closed"]);
  });

  it("lists a course in no status with the first group, never leaving it out", async () => {
    for (const page of [1, 2]) {
      const one = await search({ q: "홀로그램", index: "courses", page, pageSize: 1 });
      expect(urls(one.hits)).toEqual([
        page === 1 ? "/courses/rank-undated" : "/courses/rank-hologram-ended",
      ]);
    }
    const request = catalogRequest(courseCatalogSpec, { q: "홀로그램" }, today);
    for (const answer of [
      await catalogFromMeilisearch(courseCatalogSpec, request),
      await catalogFromDatabase(courseCatalogSpec, request),
    ])
      expect(answer.ids).toEqual(["rank-undated", "rank-hologram-ended"]);
  });

  it("lists what reads alike soonest first, from either engine", async () => {
    const rounds = ["drone-soon", "drone-middle", "drone-late", "drone-undated"];
    const notices = ["drone-sooner", "drone-later", "drone-always"];
    for (const [index, q, ids, path] of [
      ["courses", "드론 정비", rounds, "/courses/"],
      ["programs", "드론 방제", notices, "/programs/"],
    ] as const) {
      const paths = ids.map((id) => path + id);
      const one = await search({ q, index, page: 1, pageSize: 10 });
      expect(one.fallback).toBe(false);
      expect(urls(one.hits)).toEqual(paths);
      const all = await search({ q, index: "all", page: 1, pageSize: 10 });
      expect(all.fallback).toBe(false);
      // Across everything the other catalog's notices match 드론 alone, and come after.
      expect(urls(all.hits).slice(0, paths.length)).toEqual(paths);
      expect(urls((await searchDatabase({ q, index, page: 1, pageSize: 10 })).hits)).toEqual(paths);
    }
    for (const [spec, q, ids] of [
      [courseCatalogSpec, "드론 정비", rounds],
      [programCatalogSpec, "드론 방제", notices],
    ] as const) {
      const request = catalogRequest(spec, { q }, today);
      expect(request.sort).toBe("relevance");
      expect((await catalogFromMeilisearch(spec, request)).ids).toEqual(ids);
      expect((await catalogFromDatabase(spec, request)).ids).toEqual(ids);
    }
  });

  it("when the database answers for Meilisearch", async () => {
    const all = await searchDatabase({ q: "메타버스", index: "all", page: 1, pageSize: 10 });
    expect(urls(all.hits)).toEqual([
      "/issues/2026-01/metaverse-note",
      "/courses/rank-open",
      "/programs/rank-current",
      "/courses/rank-running",
      "/programs/rank-upcoming",
      "/courses/rank-ended",
      "/programs/rank-closed",
    ]);
    const third = await searchDatabase({ q: "메타버스", index: "all", page: 4, pageSize: 1 });
    expect(urls(third.hits)).toEqual(["/courses/rank-running"]);
  });
});
