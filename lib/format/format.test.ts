import { describe, expect, it } from "vitest";
import { formatKrw } from "./format";

describe("formatKrw", () => {
  it("reads amounts in 억 and 만 as Korean notices do", () => {
    expect(formatKrw(2_400_000)).toBe("240만 원");
    expect(formatKrw(500_000_000)).toBe("5억 원");
    expect(formatKrw(1_000_000_000)).toBe("10억 원");
    expect(formatKrw(116_000)).toBe("11만 6,000 원");
    expect(formatKrw(150_000_000)).toBe("1억 5,000만 원");
  });

  it("shows zero and small amounts without empty units", () => {
    expect(formatKrw(0)).toBe("0 원");
    expect(formatKrw(9_242)).toBe("9,242 원");
  });
});
