import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDateTime, todayInSeoul } from "./dates";

describe("dates", () => {
  it("takes today from Seoul's calendar, not the server's", () => {
    // 2026-11-25 20:30 UTC is already 26 November in Seoul.
    expect(todayInSeoul(new Date("2026-11-25T20:30:00Z"))).toBe("2026-11-26");
    expect(todayInSeoul(new Date("2026-11-25T14:59:00Z"))).toBe("2026-11-25");
  });

  it("adds and counts days across months and years", () => {
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
    expect(daysBetween("2026-11-25", "2027-01-08")).toBe(44);
  });
});

describe("formatDateTime", () => {
  it("shows Korean time on a 24-hour clock", () => {
    expect(formatDateTime(new Date("2026-11-25T15:40:00Z"))).toBe("2026년 11월 26일 00:40");
    expect(formatDateTime(new Date("2026-11-25T06:05:00Z"))).toBe("2026년 11월 25일 15:05");
  });
});
