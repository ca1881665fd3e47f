import { describe, expect, it } from "vitest";
import type { CourseDocument, ProgramDocument } from "./documents";
import {
  articleHit,
  courseHit,
  MATCH_END,
  MATCH_START,
  programHit,
  toSegments,
  type ArticleHitSource,
} from "./hits";

describe("toSegments", () => {
  it("splits Meilisearch's marked text into plain and matched parts", () => {
    expect(
      toSegments(`${MATCH_START}스마트팩토리${MATCH_END} 구축 ${MATCH_START}과정${MATCH_END}`),
    ).toEqual([
      { text: "스마트팩토리", match: true },
      { text: " 구축 ", match: false },
      { text: "과정", match: true },
    ]);
  });

  it("keeps markup-looking text as plain text", () => {
    expect(toSegments("<script>x</script>")).toEqual([
      { text: "<script>x</script>", match: false },
    ]);
  });
});

describe("search hits say where a record stands on the day", () => {
  const course = {
    id: "c1",
    title: "과정",
    provider: "기관",
    field: "정보기술",
    district: "부평구",
    description: "",
    isSample: false,
    startDate: "2026-12-22",
    endDate: "2027-04-30",
    closed: false,
  } as CourseDocument;
  const program = {
    id: "p1",
    title: "사업",
    agency: "인천광역시",
    category: "창업",
    targetGroups: ["청년"],
    summary: "",
    isSample: false,
    applyStart: "2026-11-20",
    applyEnd: "2026-12-06",
    applyLater: false,
    periodInNotice: false,
    closed: false,
  } as ProgramDocument;

  it("a course: recruiting before it starts, ended once gone from its source, with its dates", () => {
    expect(courseHit(course, "2026-12-01")).toMatchObject({
      status: "모집중",
      when: "2026년 12월 22일 개강",
    });
    expect(courseHit({ ...course, closed: true }, "2026-12-01").status).toBe("종료");
  });

  it("a program: open with its D-day and deadline, then 마감", () => {
    expect(programHit(program, "2026-12-01")).toMatchObject({
      status: "접수중 D-5",
      when: "2026년 12월 6일까지",
    });
    expect(programHit(program, "2026-12-07").status).toBe("마감");
  });

  it("a program not yet open: when it opens, and a code its badge is coloured by", () => {
    expect(programHit(program, "2026-11-10")).toMatchObject({
      status: "접수예정",
      statusCode: "upcoming",
      when: "2026년 11월 20일부터 접수",
    });
    expect(courseHit(course, "2027-01-05").statusCode).toBe("in_progress");
    // A plan or pilot takes no applications: it begins.
    expect(programHit({ ...program, periodKind: "operation" }, "2026-11-10").when).toBe(
      "2026년 11월 20일부터 시행",
    );
  });
});

describe("an article hit's chips", () => {
  it("show the category once when a tag repeats it, and at most three tags", () => {
    const hit = articleHit({
      id: "a1",
      title: "송도 바이오 클러스터",
      issueSlug: "2024-04",
      slug: "songdo-bio",
      summary: "",
      category: "바이오",
      tags: ["바이오", "송도", "수출", "생산", "투자"],
    } as ArticleHitSource);
    expect(hit.meta).toEqual(["바이오", "송도", "수출", "생산"]);
  });
});
