import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { PageLinks } from "./pagination";

// Public links prefetch through the app router (components/navigation/link.tsx); a static
// render has none.
vi.mock("next/navigation", () => ({ useRouter: () => ({ prefetch() {} }) }));

const render = (page: number, pages: number) =>
  renderToStaticMarkup(
    <PageLinks page={page} pages={pages} hrefFor={(p) => `/programs?page=${p}`} />,
  );
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

describe("page links", () => {
  it("offer the pages on either side of the one shown", () => {
    const html = render(2, 3);
    expect(text(html)).toBe("이전 2 / 3 페이지 다음");
    expect(hrefs(html)).toEqual(["/programs?page=1", "/programs?page=3"]);
  });

  it("say that a page past the results does not exist and lead to the last one", () => {
    const html = render(1500, 268);
    expect(text(html)).toBe(
      "1,500 페이지는 없습니다. 결과는 268 페이지까지입니다. 마지막 페이지로",
    );
    expect(hrefs(html)).toEqual(["/programs?page=268"]);
  });

  it("show nothing for one page of results or none", () => {
    expect(render(1, 1)).toBe("");
    expect(render(1, 0)).toBe("");
    expect(render(4, 0)).toBe("");
  });
});
