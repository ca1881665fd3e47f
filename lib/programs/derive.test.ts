import { describe, expect, it } from "vitest";
import { applicationStatus, applicationStatusLabel, daysLeft, dDayLabel } from "./derive";

describe("applicationStatus", () => {
  const program = { applyStart: "2024-04-12", applyEnd: "2025-02-25" };

  it("follows the application window", () => {
    expect(applicationStatus(program, "2024-04-11")).toBe("upcoming");
    expect(applicationStatus(program, "2024-04-12")).toBe("open");
    expect(applicationStatus(program, "2025-02-25")).toBe("open");
    expect(applicationStatus(program, "2025-02-26")).toBe("closed");
  });

  it("is 상시 without a deadline, once started", () => {
    expect(applicationStatus({ applyStart: "2024-04-08", applyEnd: null }, "2026-11-25")).toBe(
      "always",
    );
    expect(applicationStatus({ applyStart: null, applyEnd: null }, "2026-11-25")).toBe("always");
  });

  it("is 마감 once closed early, whatever its window says", () => {
    const closedAt = new Date("2024-05-01T09:00:00+09:00");
    expect(applicationStatus({ ...program, closedAt }, "2024-06-01")).toBe("closed");
    expect(applicationStatus({ applyStart: null, applyEnd: null, closedAt }, "2024-06-01")).toBe(
      "closed",
    );
    expect(daysLeft({ ...program, closedAt }, "2025-02-20")).toBeNull();
  });

  it("is 접수예정 while its dates are still to be announced", () => {
    const later = { applyStart: null, applyEnd: null, applyLater: true };
    expect(applicationStatus(later, "2026-11-25")).toBe("upcoming");
    expect(applicationStatusLabel(later, "upcoming")).toBe("접수예정");
  });

  it("is 공고 참조 when its source gives the period only in the notice, until it closes", () => {
    const inNotice = { applyStart: null, applyEnd: null, periodInNotice: true };
    expect(applicationStatus(inNotice, "2026-11-25")).toBe("notice");
    expect(applicationStatusLabel(inNotice, "notice")).toBe("공고 참조");
    expect(daysLeft(inNotice, "2026-11-25")).toBeNull();
    const closedAt = new Date("2026-11-20T09:00:00+09:00");
    expect(applicationStatus({ ...inNotice, closedAt }, "2026-11-25")).toBe("closed");
  });
});

describe("daysLeft", () => {
  it("counts down to the deadline and shows D-Day on the last day", () => {
    const program = { applyStart: null, applyEnd: "2026-12-09" };
    expect(daysLeft(program, "2026-11-25")).toBe(14);
    expect(daysLeft(program, "2026-12-09")).toBe(0);
    expect(dDayLabel(14)).toBe("D-14");
    expect(dDayLabel(0)).toBe("D-Day");
  });

  it("has no countdown for closed or 상시 programs", () => {
    expect(daysLeft({ applyStart: null, applyEnd: "2024-05-03" }, "2026-11-25")).toBeNull();
    expect(daysLeft({ applyStart: null, applyEnd: null }, "2026-11-25")).toBeNull();
  });
});

describe("a plan or pilot", () => {
  const pilot = {
    applyStart: "2024-07-01",
    applyEnd: "2026-06-30",
    periodKind: "operation" as const,
  };

  it("is 시행 중 within its period and 종료 after it, where an application is 접수중 and 마감", () => {
    const during = applicationStatus(pilot, "2025-01-01");
    expect(applicationStatusLabel(pilot, during)).toBe("시행 중");
    const after = applicationStatus(pilot, "2026-07-01");
    expect(applicationStatusLabel(pilot, after)).toBe("종료");
    const application = { ...pilot, periodKind: "application" as const };
    expect(applicationStatusLabel(application, during)).toBe("접수중");
    expect(applicationStatusLabel(application, after)).toBe("마감");
  });

  it("counts no days down: its end is no deadline", () => {
    expect(daysLeft(pilot, "2026-06-20")).toBeNull();
    expect(daysLeft({ ...pilot, periodKind: "application" }, "2026-06-20")).toBe(10);
  });
});
