import { describe, expect, it } from "vitest";
import { webAddress } from "./mapping";

describe("links as the official APIs write them", () => {
  it("keeps an address written without its scheme, over https", () => {
    expect(webAddress("www.k-startup.go.kr/web/contents/bizpbanc.do")).toBe(
      "https://www.k-startup.go.kr/web/contents/bizpbanc.do",
    );
    expect(webAddress(" apply.example.org ")).toBe("https://apply.example.org/");
  });

  it("moves the official sites' http links to https and leaves other sites' as given", () => {
    expect(webAddress("http://www.bizinfo.go.kr/web/lay1/view.do?pblancId=P1")).toBe(
      "https://www.bizinfo.go.kr/web/lay1/view.do?pblancId=P1",
    );
    expect(webAddress("http://www.work24.go.kr/hr/a/a/3100/selectTracseDetl.do")).toBe(
      "https://www.work24.go.kr/hr/a/a/3100/selectTracseDetl.do",
    );
    expect(webAddress("http://old-site.example.kr/apply")).toBe("http://old-site.example.kr/apply");
  });

  it("is null for what is not a web address", () => {
    for (const value of [
      undefined,
      "",
      "온라인 접수",
      "/relative/path",
      "javascript:alert(1)",
      "mailto:a@b.kr",
      "032.123.4567",
    ])
      expect(webAddress(value), String(value)).toBeNull();
  });
});
