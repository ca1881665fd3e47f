import { describe, expect, it } from "vitest";
import {
  costBreakdown,
  employmentRateText,
  fillRate,
  headcountText,
  locationText,
  recruitmentStatus,
  selfPayText,
} from "./derive";

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

describe("employmentRateText", () => {
  const course = {
    startDate: "2026-12-01",
    endDate: "2027-03-31",
    employmentRate: null,
    employmentStatus: "planned" as const,
  };

  it("shows the rate when there is one", () => {
    expect(employmentRateText({ ...course, employmentRate: 68.25 }, "2027-10-01")).toBe("68.3%");
  });

  it("says why there is none from the dates, whatever the record says", () => {
    expect(employmentRateText(course, "2026-11-25")).toMatch(/^개설예정/);
    expect(employmentRateText(course, "2027-01-10")).toMatch(/진행 중/);
    // An editor recorded 개설예정 months ago; once the course has ended that would be wrong.
    expect(employmentRateText(course, "2027-05-01")).toBe(
      "훈련은 끝났지만 취업률이 아직 공개되지 않았습니다",
    );
  });

  it("keeps what only an editor knows: 미실시 and 수료자 없음 after the course ends", () => {
    const ended = "2027-05-01";
    expect(employmentRateText({ ...course, employmentStatus: "not_surveyed" }, ended)).toMatch(
      /조사를 실시하지 않았습니다/,
    );
    expect(employmentRateText({ ...course, employmentStatus: "no_graduates" }, ended)).toMatch(
      /수료자가 없어/,
    );
  });

  it("trusts the record when the course has no dates yet", () => {
    const undated = { ...course, startDate: null, endDate: null };
    expect(employmentRateText(undated, "2026-11-25")).toMatch(/^개설예정/);
    expect(employmentRateText({ ...undated, employmentStatus: null }, "2026-11-25")).toBe(
      "이 과정의 취업률은 아직 공개되지 않았습니다",
    );
  });
});

describe("costBreakdown", () => {
  const hours = { totalHours: 100 };

  it("reads 고용24's fee and 자부담: the share is their difference", () => {
    const cost = costBreakdown({
      ...hours,
      tuition: 1_000_000,
      selfPayment: 150_000,
      subsidyPerHour: null,
    });
    expect(cost).toEqual({
      tuition: 1_000_000,
      government: 850_000,
      selfPay: 150_000,
      perHour: null,
    });
  });

  it("reads a sample's fee and 시간당 지원: the share is at most the fee", () => {
    expect(
      costBreakdown({ ...hours, tuition: 1_200_000, selfPayment: null, subsidyPerHour: 9_000 }),
    ).toEqual({ tuition: 1_200_000, government: 900_000, selfPay: 300_000, perHour: 9_000 });
    expect(
      costBreakdown({ ...hours, tuition: 500_000, selfPayment: null, subsidyPerHour: 9_000 })
        ?.selfPay,
    ).toBe(0);
  });

  it("keeps 자부담 when the fee is unknown, and knows nothing without either", () => {
    expect(
      costBreakdown({ ...hours, tuition: null, selfPayment: 0, subsidyPerHour: null }),
    ).toEqual({ tuition: null, government: null, selfPay: 0, perHour: null });
    expect(
      costBreakdown({ ...hours, tuition: null, selfPayment: null, subsidyPerHour: 9_000 }),
    ).toBeNull();
  });

  it("says 무료 when there is nothing to pay", () => {
    expect(selfPayText(0)).toBe("무료");
    expect(selfPayText(828_000)).toBe("82만 8,000 원");
  });
});

describe("headcountText", () => {
  it("says who took part, or who applied, never one as the other", () => {
    expect(headcountText({ capacity: 25, enrolled: 23, applicants: null })).toBe(
      "정원 25명 중 23명 참여 (정원충족률 92%)",
    );
    expect(headcountText({ capacity: 20, enrolled: null, applicants: 31 })).toBe(
      "정원 20명 · 신청 31명",
    );
    expect(headcountText({ capacity: 20, enrolled: null, applicants: null })).toBe("정원 20명");
  });
});

describe("locationText", () => {
  it("names the 군·구 of today beside an address that carries an old name", () => {
    expect(locationText({ address: "인천광역시 중구 신포로 231", district: "제물포구" })).toBe(
      "인천광역시 중구 신포로 231 (현재 제물포구)",
    );
    expect(locationText({ address: "인천광역시 부평구 부평대로 88", district: "부평구" })).toBe(
      "인천광역시 부평구 부평대로 88",
    );
    expect(locationText({ address: null, district: "연수구" })).toBe("연수구");
    expect(locationText({ address: null, district: null })).toBe("정보 없음");
  });
});
