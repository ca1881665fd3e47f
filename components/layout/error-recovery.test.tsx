import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import GlobalError from "@/app/global-error";
import SiteError from "@/app/(site)/error";

// Public links prefetch through the app router (components/navigation/link.tsx); a static
// render has none.
vi.mock("next/navigation", () => ({ useRouter: () => ({ prefetch() {} }) }));

const failure = Object.assign(new Error("boom: SELECT * FROM courses"), { digest: "123" });
const reset = () => {};

// No production page can be made to fail on purpose, so the boundaries are rendered here.
describe("error boundaries", () => {
  it("a failed page says so in Korean, offers 다시 시도 and the way home, and hides the error", () => {
    const html = renderToStaticMarkup(<SiteError error={failure} reset={reset} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain("페이지를 보여 드리지 못했습니다");
    expect(html).toMatch(/<button type="button"[^>]*>다시 시도<\/button>/);
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>첫 화면으로<\/a>/);
    expect(html).not.toContain("SELECT");
  });

  it("when the root layout fails, a page of its own still offers both ways out", () => {
    const html = renderToStaticMarkup(<GlobalError error={failure} reset={reset} />);
    expect(html).toMatch(/^<html lang="ko">/);
    expect(html).toContain("인천 경제·일자리 포털을 잠시 열 수 없습니다");
    expect(html).toMatch(/<button type="button"[^>]*>다시 시도<\/button>/);
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>첫 화면으로<\/a>/);
    expect(html).not.toContain("boom");
  });
});
