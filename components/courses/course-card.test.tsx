import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Course } from "@/lib/db/schema";
import { CourseCard } from "./course-card";

// Public links prefetch through the app router (components/navigation/link.tsx); a static
// render has none.
vi.mock("next/navigation", () => ({ useRouter: () => ({ prefetch() {} }) }));

const course = {
  externalId: "w24-TEST-1",
  title: "파이썬 AI 서비스 개발 과정",
  provider: "인천시험학원",
  field: "정보통신",
  district: "부평구",
  startDate: "2026-12-10",
  endDate: "2027-03-10",
  totalHours: 600,
  schedule: "weekend",
  tuition: null,
  subsidyPerHour: null,
  selfPayment: 0,
  cardEligible: true,
  isSample: false,
  closedAt: null,
} as unknown as Course;

const text = (c: Course) =>
  renderToStaticMarkup(<CourseCard course={c} today="2026-12-01" />).replace(/<[^>]+>/g, " ");

describe("a course card", () => {
  it("says what a resident weighs first: 요일, 자부담 (or 무료) and 내일배움카드", () => {
    const card = text(course);
    expect(card).toContain("요일");
    expect(card).toContain("주말");
    expect(card).toContain("자부담");
    expect(card).toContain("무료");
    expect(card).toContain("내일배움카드");
    const paid = text({ ...course, selfPayment: 180_000, schedule: "mixed" } as Course);
    // In the units the course's page and compare use.
    expect(paid).toContain("18만 원");
    expect(paid).toContain("혼합 (주중·주말)");
  });

  it("leaves out what the record does not say", () => {
    const card = text({
      ...course,
      selfPayment: null,
      schedule: null,
      cardEligible: false,
    } as Course);
    expect(card).not.toContain("자부담");
    expect(card).not.toContain("요일");
    expect(card).not.toContain("내일배움카드");
  });
});
