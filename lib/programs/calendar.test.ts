import { describe, expect, it } from "vitest";
import { deadlineEvent } from "./calendar";

const program = {
  externalId: "youth-monthly-rent",
  title: "청년월세 특별지원",
  agency: "국토교통부",
  applyEnd: "2025-02-25",
  howToApply: "복지로 누리집에서 신청",
  periodKind: "application" as const,
};

describe("deadlineEvent", () => {
  it("is an all-day event on the last application day with a reminder", () => {
    const ics = deadlineEvent(
      program,
      "https://portal.example/programs/youth-monthly-rent",
    )!.replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("DTSTART;VALUE=DATE:20250225");
    expect(ics).toContain("DTEND;VALUE=DATE:20250226");
    expect(ics).toContain("SUMMARY:[신청 마감] 청년월세 특별지원");
    expect(ics).toContain("URL:https://portal.example/programs/youth-monthly-rent");
    // The whole line: RFC 5545's durations allow "-PT72H" or "-P3D", not "-P3DT".
    expect(ics).toMatch(/^TRIGGER:-PT72H\r$/m);
  });

  it("folds its lines at 75 octets between whole characters, as RFC 5545 asks", () => {
    const korean = {
      ...program,
      agency: "인천광역시 미추홀구 일자리경제과 청년정책팀",
      howToApply: "온라인 신청 후 서류를 우편으로 제출하고 면접 일정은 개별 문자로 안내합니다",
    };
    const ics = deadlineEvent(korean, "https://portal.example/programs/youth-monthly-rent")!;
    const encoder = new TextEncoder();
    for (const line of ics.split("\r\n"))
      expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    // Unfolded, the text is whole: no character was split.
    expect(ics.replace(/\r\n[ \t]/g, "")).toContain(
      `DESCRIPTION:${korean.agency} · ${korean.howToApply}`,
    );
  });

  it("gives no event for a program without a deadline (상시)", () => {
    expect(deadlineEvent({ ...program, applyEnd: null }, "https://portal.example/")).toBeNull();
  });

  it("gives no event for the end of a plan or pilot: it is no application deadline", () => {
    const pilot = { ...program, applyEnd: "2026-06-30", periodKind: "operation" as const };
    expect(deadlineEvent(pilot, "https://portal.example/")).toBeNull();
  });
});
