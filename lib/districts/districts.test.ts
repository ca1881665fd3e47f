import { describe, expect, it } from "vitest";
import {
  districtAliases,
  districtFilterNames,
  districtNames,
  districtOf,
  districtsChosenBy,
  districtsMatching,
  districtsOfCode,
  resolveDistrict,
} from "./districts";

describe("districts", () => {
  it("lists Incheon's 2 군 9 구 in force since 2026-07-01", () => {
    expect(districtNames).toHaveLength(11);
    expect(districtNames.filter((n) => n.endsWith("군"))).toEqual(["강화군", "옹진군"]);
    expect(districtNames).not.toContain("중구");
    expect(districtNames).not.toContain("동구");
  });

  it("maps old names to the current district using the address where the old one was split", () => {
    expect(resolveDistrict("중구", "인천 중구 영종대로 1")).toBe("영종구");
    expect(resolveDistrict("중구", "인천 중구 개항로 10")).toBe("제물포구");
    expect(resolveDistrict("동구")).toBe("제물포구");
    expect(resolveDistrict("서구", "인천 서구 검단로 5")).toBe("검단구");
    expect(resolveDistrict("인천광역시 서구", "청라동")).toBe("서구");
    expect(resolveDistrict("남구")).toBe("미추홀구");
  });

  it("knows 영종도's road-name addresses that name no 동", () => {
    for (const address of [
      "인천광역시 중구 공항로 272",
      "인천광역시 중구 하늘중앙로 225",
      "인천광역시 중구 용유서로 302",
      "인천광역시 중구 을왕동 678",
      "인천광역시 중구 무의동 산 1",
      "인천광역시 중구 제2터미널대로 446",
    ])
      expect(districtOf(address, "28110"), address).toBe("영종구");
    for (const address of ["인천광역시 중구 신포로 27", "인천광역시 중구 월미문화로 36"])
      expect(districtOf(address, "28110"), address).toBe("제물포구");
    expect(districtOf("인천광역시 서구 완정로 65", "28260")).toBe("검단구");
  });

  it("rejects names that are not Incheon districts", () => {
    expect(resolveDistrict("강남구")).toBeNull();
    expect(resolveDistrict("")).toBeNull();
  });

  it("keeps the old names as search aliases of the new districts", () => {
    expect(districtAliases("제물포구")).toEqual(expect.arrayContaining(["중구", "동구"]));
    expect(districtAliases("검단구")).toContain("서구");
    expect(districtAliases("연수구")).toEqual([]);
  });

  it("reads the new codes as one district each, and the old split codes as both parts", () => {
    // 28275 is the new 서구 (서해구) alone: a 검단구 resident is not eligible for its programs.
    expect(districtsOfCode("28275")).toEqual(["서구"]);
    expect(districtsOfCode("28290")).toEqual(["검단구"]);
    expect(districtsOfCode("28140")).toEqual(["제물포구"]);
    expect(districtsOfCode("28260")).toEqual(["서구", "검단구"]);
    expect(districtsOfCode("28110")).toEqual(["제물포구", "영종구"]);
    expect(districtOf("인천광역시 아라동 1", "28275")).toBe("서구");
    expect(districtOf("인천광역시 아라동 1", "28260")).toBe("검단구");
  });

  it("takes a current code over the old 군·구 an address still names", () => {
    // 고용24 rows after 2026-07 carry the new code while the institution's address keeps its old
    // 구: a 검단 round at a 서구 address, an 영종도 one at a 중구 address with no island keyword.
    expect(districtOf("인천광역시 서구 이음대로 378", "28290")).toBe("검단구");
    expect(districtOf("인천광역시 중구 신도시남로 1", "28155")).toBe("영종구");
    // An address written 인천시 is read too, with an old code or none.
    expect(districtOf("인천시 서구 완정로 65", "28260")).toBe("검단구");
    expect(districtOf("인천시 부평구 부평대로 1")).toBe("부평구");
  });

  it("takes 서해구, the name some data after 2026-07 already uses, as 서구", () => {
    expect(districtOf("인천광역시 서해구 청라대로 2")).toBe("서구");
    // A resident who filters or searches by it finds 서구's courses.
    expect(districtsMatching("서해구")).toEqual(["서구"]);
    expect(districtFilterNames).toContain("서해구");
  });

  it("filters by a current name as itself and by an old name as what it became", () => {
    // 서구 is today's 서구: 검단구 is a choice of its own, so 서구's count is what it lists.
    expect(districtsChosenBy("서구")).toEqual(["서구"]);
    expect(districtsChosenBy("중구")).toEqual(["제물포구", "영종구"]);
    expect(districtsChosenBy("서해구")).toEqual(["서구"]);
    expect(districtsChosenBy("남구")).toEqual(["미추홀구"]);
  });
});
