import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { isDecodable } from "@/lib/http/percent-encoding";
import { config } from "./proxy";

// The proxy answers a path that cannot be percent-decoded (Next would answer 500), and should see
// no other path with a percent sign: each request it sees costs, and a Korean tag's path is all
// percent signs. The matcher's pattern is compiled here by Next's own function (left out of its
// typings), as the build compiles it.
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (
    matcher: typeof config.matcher,
    nextConfig: NextConfig,
  ) => { regexp: string; has?: unknown }[];
};
const matchers = getMiddlewareMatchers(config.matcher, {}).filter((matcher) => !matcher.has);
const matches = (path: string) => matchers.some((m) => new RegExp(m.regexp).test(path));
/** Next tries the matchers on the path as requested and on its decoded form. */
const proxySees = (path: string) =>
  matches(path) || (isDecodable(path) && matches(decodeURIComponent(path)));

const hex = (byte: number) => `%${byte.toString(16).padStart(2, "0")}`;
const encoded = (bytes: number[], upper: boolean) => {
  const path = `/tags/${bytes.map(hex).join("")}`;
  return upper ? path.toUpperCase() : path;
};

describe("the proxy's matcher for paths with a percent sign", () => {
  it("lets a Korean tag page and other well-encoded paths through without the proxy", () => {
    for (const tag of ["K-디지털 트레이닝", "C++", "반도체 설계", "😀"]) {
      expect(proxySees(`/tags/${encodeURIComponent(tag)}`), tag).toBe(false);
    }
    expect(proxySees("/courses/kdt2023-robot-01")).toBe(false);
    // Catalog page loads go to their static routes by next.config's rewrites, not through here.
    for (const path of ["/courses", "/programs", "/issues", "/"]) {
      expect(proxySees(path), path).toBe(false);
    }
    // Decoded, "/tags/100%" has a percent sign that starts no escape: Next sends it to the proxy,
    // which passes it on, as the path decodes.
    expect(proxySees(`/tags/${encodeURIComponent("100%")}`)).toBe(true);
    expect(isDecodable(`/tags/${encodeURIComponent("100%")}`)).toBe(true);
  });

  it("sends every path that cannot be decoded to the proxy", () => {
    for (const path of [
      "/tags/%ff",
      "/tags/%",
      "/tags/%e",
      "/tags/%zz",
      "/issues/2024-04/%ed%a0%80",
    ]) {
      expect(proxySees(path), path).toBe(true);
    }
  });

  it("matches as requested exactly what decodeURIComponent refuses: every one- and two-byte sequence, in both cases", () => {
    for (let first = 0; first < 256; first++) {
      for (let second = -1; second < 256; second++) {
        const bytes = second < 0 ? [first] : [first, second];
        for (const upper of [false, true]) {
          const path = encoded(bytes, upper);
          if (matches(path) !== !isDecodable(path)) expect.fail(`${path}: ${matches(path)}`);
        }
      }
    }
  });

  it("matches as requested exactly what decodeURIComponent refuses: three- and four-byte sequences at every boundary", () => {
    const leads = [0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5];
    const seconds = [0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0];
    const tails = [0x7f, 0x80, 0xbf, 0xc0];
    for (const lead of leads) {
      for (const second of seconds) {
        for (const third of tails) {
          for (const fourth of [undefined, ...tails]) {
            const bytes = [lead, second, third, ...(fourth === undefined ? [] : [fourth])];
            const path = encoded(bytes, false);
            if (matches(path) !== !isDecodable(path)) expect.fail(`${path}: ${matches(path)}`);
          }
        }
      }
    }
  });
});
