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

  it("gives no event for a program without a deadline (상시)", () => {
    expect(deadlineEvent({ ...program, applyEnd: null }, "https://portal.example/")).toBeNull();
  });

  it("gives no event for the end of a plan or pilot: it is no application deadline", () => {
    const pilot = { ...program, applyEnd: "2026-06-30", periodKind: "operation" as const };
    expect(deadlineEvent(pilot, "https://portal.example/")).toBeNull();
  });
});
