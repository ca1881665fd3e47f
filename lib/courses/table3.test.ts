import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { courseSeedSchema, type CourseSeed } from "@/lib/content/schema";

// 〔표 3〕 2023년 분야별 인천지역 K-디지털 트레이닝 교육훈련 과정 현황, as printed in the April 2024 bulletin.
const table3 = {
  "산업용 로봇": {
    courses: 1,
    hours: 700,
    capacity: 24,
    enrolled: 18,
    fill: 75,
    subsidy: 17_231,
    providers: 1,
  },
  "스마트팩토리 운영관리": {
    courses: 1,
    hours: 990,
    capacity: 20,
    enrolled: 9,
    fill: 45,
    subsidy: 8_027,
    providers: 1,
  },
  "빅데이터 분석": {
    courses: 1,
    hours: 1_640,
    capacity: 25,
    enrolled: 23,
    fill: 92,
    subsidy: 9_521,
    providers: 1,
  },
  정보기술개발: {
    courses: 9,
    hours: 1_023,
    capacity: 24,
    enrolled: 16,
    fill: 67,
    subsidy: 8_754,
    providers: 2,
  },
  "VR/AR 콘텐츠 개발": {
    courses: 2,
    hours: 1_556,
    capacity: 25,
    enrolled: 22,
    fill: 88,
    subsidy: 7_913,
    providers: 1,
  },
  전체: {
    courses: 14,
    hours: 1_118,
    capacity: 24,
    enrolled: 17,
    fill: 71,
    subsidy: 9_242,
    providers: 4,
  },
};

// The bulletin rounds half up (21.5 명 → 22 명).
const round = (value: number) => Math.floor(value + 0.5);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function summarize(courses: CourseSeed[]) {
  const sum = (pick: (c: CourseSeed) => number) => courses.reduce((total, c) => total + pick(c), 0);
  return {
    courses: courses.length,
    hours: round(mean(courses.map((c) => c.totalHours))),
    capacity: round(mean(courses.map((c) => c.capacity))),
    enrolled: round(mean(courses.map((c) => c.enrolled ?? 0))),
    // 정원충족률 is total participants over total capacity (17 / 24 → 71 %).
    fill: round((sum((c) => c.enrolled ?? 0) / sum((c) => c.capacity)) * 100),
    subsidy: round(mean(courses.map((c) => c.subsidyPerHour ?? 0))),
    providers: new Set(courses.map((c) => c.provider)).size,
  };
}

const seedCourses = z
  .array(courseSeedSchema)
  .parse(JSON.parse(readFileSync(path.join(process.cwd(), "content/courses.json"), "utf8")));

describe("seed course catalog", () => {
  it.each(Object.entries(table3))("reproduces 〔표 3〕 for %s", (field, expected) => {
    const inField = field === "전체" ? seedCourses : seedCourses.filter((c) => c.field === field);
    expect(summarize(inField)).toEqual(expected);
  });

  it("includes the four courses the table's footnotes name, at the institutions they name", () => {
    const named = seedCourses.map((c) => `${c.provider}: ${c.title}`);
    expect(named).toEqual(
      expect.arrayContaining([
        "인천 더조은컴퓨터아트학원: ICT융합(자바/파이썬/C++/IOT) 스마트팩토리 전문가 과정",
        "인하대학교: VR·AR 3D게임 그래픽디자이너 양성 과정",
        "인하대학교: VR·AR 3D게임 애니메이션 전문가 양성 과정",
        "대한상공회의소 인천 인력개발원: 스마트팩토리 구축 최적화 과정(NCS)",
      ]),
    );
  });

  it("marks every course whose details were filled in as a sample", () => {
    // Every record carries dates and districts the bulletin does not give.
    expect(seedCourses.every((c) => c.isSample)).toBe(true);
  });
});
