import { describe, expect, it } from "vitest";
import { fillRate, recruitmentStatus } from "./derive";

describe("recruitmentStatus", () => {
  const course = { startDate: "2026-12-01", endDate: "2027-03-31" };

  it("is 모집중 before the start, 진행중 during, 종료 after the end", () => {
    expect(recruitmentStatus(course, "2026-11-25")).toBe("recruiting");
    expect(recruitmentStatus(course, "2026-12-01")).toBe("in_progress");
    expect(recruitmentStatus(course, "2027-03-31")).toBe("in_progress");
    expect(recruitmentStatus(course, "2027-04-01")).toBe("ended");
  });

  it("is unknown without a start date", () => {
    expect(recruitmentStatus({ startDate: null, endDate: null }, "2026-11-25")).toBe("unknown");
  });
});

describe("fillRate", () => {
  it("is enrolment over capacity in percent, and unknown without enrolment", () => {
    expect(fillRate({ capacity: 24, enrolled: 18 })).toBe(75);
    expect(fillRate({ capacity: 24, enrolled: null })).toBeNull();
  });
});
