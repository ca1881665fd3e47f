import { describe, expect, it } from "vitest";
import {
  encodeInitialsQuery,
  hangulFromLatinKeys,
  initialsOf,
  isInitialsQuery,
  withoutSyllableBeingTyped,
} from "./korean";

describe("initials (초성)", () => {
  it("encodes each Hangul word of a text", () => {
    expect(initialsOf("스마트팩토리 구축 최적화 과정(NCS)")).toEqual(["smtptr", "gc", "cjh", "gj"]);
    expect(initialsOf("청년월세", "AI 활용")).toEqual(["cnos", "ho"]);
  });

  it("encodes double consonants apart from single ones", () => {
    expect(initialsOf("까치 가치")).toEqual(["qc", "gc"]);
  });

  it("recognises a query typed as initials only", () => {
    expect(isInitialsQuery("ㅅㅁㅌㅍㅌㄹ")).toBe(true);
    expect(isInitialsQuery("ㅊㄴ ㅇㅅ")).toBe(true);
    expect(isInitialsQuery("ㅅ")).toBe(false);
    expect(isInitialsQuery("스마트ㅍ")).toBe(false);
    expect(isInitialsQuery("ai")).toBe(false);
  });

  it("encodes an initials query with the same letters as the index", () => {
    expect(encodeInitialsQuery("ㅅㅁㅌ")).toBe("smt");
    expect(encodeInitialsQuery("ㅊㄴ ㅇㅅ")).toBe("cn os");
  });
});

describe("Korean typed in English mode (한/영)", () => {
  it("reads Latin keys as the Hangul they type on a Korean keyboard", () => {
    expect(hangulFromLatinKeys("vkdlTjs")).toBe("파이썬");
    expect(hangulFromLatinKeys(" cjdsus dnjftp ")).toBe("청년 월세");
    expect(hangulFromLatinKeys("zmffkdnem")).toBe("클라우드");
  });

  it("leaves real English and anything else alone", () => {
    expect(hangulFromLatinKeys("python")).toBeNull(); // ㅔㅛ쇄ㅜ is not Korean
    expect(hangulFromLatinKeys("sql")).toBeNull();
    expect(hangulFromLatinKeys("파이썬")).toBeNull();
    expect(hangulFromLatinKeys("c++")).toBeNull();
    expect(hangulFromLatinKeys("")).toBeNull();
  });
});

describe("a syllable still being typed", () => {
  it("leaves out the lone jamo typed after a syllable, and nothing else", () => {
    expect(withoutSyllableBeingTyped("청ㄴ")).toBe("청");
    expect(withoutSyllableBeingTyped("청년 월ㅅ")).toBe("청년 월");
    expect(withoutSyllableBeingTyped("스마트팩ㅌ")).toBe("스마트팩");
    // 초성 alone, or jamo after a space, are what the resident means.
    expect(withoutSyllableBeingTyped("ㅅㅁㅌ")).toBe("ㅅㅁㅌ");
    expect(withoutSyllableBeingTyped("청년 ㅈ")).toBe("청년 ㅈ");
    expect(withoutSyllableBeingTyped("청년")).toBe("청년");
  });
});
