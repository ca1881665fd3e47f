import { describe, expect, it } from "vitest";
import { sourceValueText } from "./provenance";

describe("a source field's value as an editor reads it", () => {
  it("reads coded values by their labels", () => {
    expect(sourceValueText("eligibleApplicants", ["sme_owner", "prospective_founder"])).toBe(
      "중소기업 대표, 예비창업자",
    );
    expect(sourceValueText("eligibleAreas", ["인천", "연수구"])).toBe("인천 전역, 연수구");
  });

  it("says 예/아니오 and (비어 있음), and leaves plain text as it is", () => {
    expect(sourceValueText("cardEligible", true)).toBe("예");
    expect(sourceValueText("eligibleAreas", [])).toBe("(비어 있음)");
    expect(sourceValueText("title", "")).toBe("(비어 있음)");
    expect(sourceValueText("title", "판로 지원")).toBe("판로 지원");
  });
});
