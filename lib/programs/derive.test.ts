import { describe, expect, it } from "vitest";
import { applicationStatus, daysLeft, dDayLabel } from "./derive";

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
