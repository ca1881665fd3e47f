import { describe, expect, it } from "vitest";
import type { Article, Course, Issue, Program } from "@/lib/db/schema";
import { articleDocument, courseDocument, markdownToPlainText, programDocument } from "./documents";
import { synonymsFromGroups } from "./indexes";

const now = new Date("2026-11-25T00:00:00Z");

const course: Course = {
  id: 7,
  externalId: "kdt-1",
  title: "스마트팩토리 구축 과정",
  provider: "인천인력개발원",
  trainingType: "디지털 신기술 아카데미",
  field: "산업용 로봇",
  ncsCode: null,
  district: "제물포구",
  address: null,
  startDate: "2026-12-01",
  endDate: "2027-03-31",
  totalHours: 700,
  capacity: 24,
  enrolled: 18,
  applicants: null,
  tuition: null,
  subsidyPerHour: null,
  cardEligible: true,
  schedule: "weekday",
  employmentRate: null,
  employmentStatus: null,
  year: 2026,
  description: "",
  url: null,
  tags: ["스마트팩토리"],
  isSample: false,
  selfPayment: null,
  contact: null,
  source: null,
  firstSeenAt: null,
  lastSeenAt: null,
  closedAt: null,
  sourceValues: null,
  status: "published",
  version: 1,
  seedHash: null,
  createdAt: now,
  updatedAt: now,
};

describe("courseDocument", () => {
  it("carries the old district names so 중구 and 동구 still find 제물포구 courses", () => {
    expect(courseDocument(course).districtNames).toEqual(["제물포구", "중구", "동구"]);
  });

  it("uses the public id and sortable day numbers, and derives the fill rate", () => {
    const doc = courseDocument(course);
    expect(doc.id).toBe("kdt-1");
    expect(doc.startDay).toBe(20261201);
    expect(doc.fillRate).toBe(75);
    expect(courseDocument({ ...course, enrolled: null }).fillRate).toBeNull();
  });
});

describe("programDocument", () => {
  it("keeps 상시 programs without a deadline day", () => {
    const program = {
      externalId: "p-1",
      title: "청년월세 특별지원",
      agency: "국토교통부",
      applyStart: null,
      applyEnd: null,
      updatedAt: now,
      targetGroups: ["청년"],
      tags: [],
    } as unknown as Program;
    expect(programDocument(program)).toMatchObject({
      id: "p-1",
      applyEndDay: null,
      targetGroups: ["청년"],
    });
  });
});

describe("markdownToPlainText", () => {
  it("keeps the words of tables, lists and footnotes and drops the Markdown syntax", () => {
    const text = markdownToPlainText(
      "## 제목\n\n| 분야 | 인원 |\n| --- | ---: |\n| 빅데이터 | 23 |\n\n- **청년** 지원[^1]\n\n[^1]: 각주 내용\n",
    );
    expect(text).toContain("제목");
    expect(text).toContain("빅데이터 23");
    expect(text).toContain("청년 지원");
    expect(text).toContain("각주 내용");
    expect(text).not.toMatch(/[|#*]|---/);
  });
});

describe("articleDocument", () => {
  it("links the document to its issue and uses the issue's date when the article has none", () => {
    const issue = { slug: "2024-04", publishAt: new Date("2024-04-01T00:00:00Z") } as Issue;
    const article = {
      id: 3,
      slug: "a",
      section: "policy",
      category: "주거",
      title: "t",
      summary: "s",
      tags: [],
      body: "본문",
      publishAt: null,
      createdAt: now,
    } as unknown as Article;
    expect(articleDocument(article, issue)).toMatchObject({
      id: "3",
      issueSlug: "2024-04",
      publishedAt: issue.publishAt!.getTime(),
    });
  });
});

describe("synonymsFromGroups", () => {
  it("makes every word of a group a synonym of every other, both ways", () => {
    const synonyms = synonymsFromGroups([
      ["AI", "인공지능"],
      ["AI", "에이아이"],
    ]);
    expect(synonyms["AI"]).toEqual(["인공지능", "에이아이"]);
    expect(synonyms["인공지능"]).toEqual(["AI"]);
  });
});
