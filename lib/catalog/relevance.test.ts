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

// Ranked by relevance, what is over comes after what a resident can still join or apply to.
// Here the ended course names 메타버스 in its title and the open one only in its description,
// so relevance alone would list the ended one first.
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
const current = program({
  externalId: "rank-current",
  title: "메타버스 공간 대여 지원",
  category: "기술",
  applyStart: addDays(today, -5),
  applyEnd: addDays(today, 25),
});

const urls = (hits: { url: string }[]) => hits.map((hit) => hit.url);

describe("ranking by relevance: what is over comes after what can still be joined", () => {
  beforeAll(async () => {
    await migrateDatabase();
    await seedDatabase({ issues: [], courses: [ended, open], programs: [closed, current] });
    await prepareSearchIndexes(indexSettings, () => {});
  });

  it("in a search of one index and across everything", async () => {
    const courses = await search({ q: "메타버스", index: "courses", page: 1, pageSize: 10 });
    expect(courses.fallback).toBe(false);
    expect(urls(courses.hits)).toEqual(["/courses/rank-open", "/courses/rank-ended"]);
    expect(courses.total).toBe(2);
    const second = await search({ q: "메타버스", index: "courses", page: 2, pageSize: 1 });
    expect(urls(second.hits)).toEqual(["/courses/rank-ended"]);
    expect(second.total).toBe(2);

    const all = await search({ q: "메타버스", index: "all", page: 1, pageSize: 10 });
    expect(urls(all.hits).slice(0, 2).sort()).toEqual([
      "/courses/rank-open",
      "/programs/rank-current",
    ]);
    expect(urls(all.hits).slice(2).sort()).toEqual([
      "/courses/rank-ended",
      "/programs/rank-closed",
    ]);
    expect(all.counts).toEqual({ article: 0, course: 2, program: 2 });
  });

  it("yet a closed program that matches every word comes before an open one that matches fewer", async () => {
    // Meilisearch drops words from the end of the query until something matches.
    const programs = await search({ q: "메타버스 창업", index: "programs", page: 1, pageSize: 10 });
    expect(urls(programs.hits)).toEqual(["/programs/rank-closed", "/programs/rank-current"]);
    const second = await search({ q: "메타버스 창업", index: "programs", page: 2, pageSize: 1 });
    expect(urls(second.hits)).toEqual(["/programs/rank-current"]);
    expect(second.total).toBe(2);
  });

  it("in the catalogs, from Meilisearch and from the database alike", async () => {
    const courses = catalogRequest(courseCatalogSpec, { q: "메타버스" }, today);
    expect(courses.sort).toBe("relevance");
    for (const answer of [
      await catalogFromMeilisearch(courseCatalogSpec, courses),
      await catalogFromDatabase(courseCatalogSpec, courses),
    ]) {
      expect(answer.ids).toEqual(["rank-open", "rank-ended"]);
      expect(answer.total).toBe(2);
      expect(answer.facets.status).toMatchObject({ recruiting: 1, ended: 1 });
    }
    // A page past the first holds the rest of the same order.
    const second = catalogRequest(
      courseCatalogSpec,
      { q: "메타버스", page: 2, pageSize: 1 },
      today,
    );
    expect((await catalogFromMeilisearch(courseCatalogSpec, second)).ids).toEqual(["rank-ended"]);

    const programs = catalogRequest(programCatalogSpec, { q: "지원" }, today);
    for (const answer of [
      await catalogFromMeilisearch(programCatalogSpec, programs),
      await catalogFromDatabase(programCatalogSpec, programs),
    ])
      expect(answer.ids).toEqual(["rank-current", "rank-closed"]);
  });

  it("when the database answers for Meilisearch", async () => {
    const all = await searchDatabase({ q: "메타버스", index: "all", page: 1, pageSize: 10 });
    expect(urls(all.hits)).toEqual([
      "/courses/rank-open",
      "/programs/rank-current",
      "/courses/rank-ended",
      "/programs/rank-closed",
    ]);
    const third = await searchDatabase({ q: "메타버스", index: "all", page: 3, pageSize: 1 });
    expect(urls(third.hits)).toEqual(["/courses/rank-ended"]);
  });
});
