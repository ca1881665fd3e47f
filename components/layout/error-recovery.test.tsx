import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import GlobalError from "@/app/global-error";
import SiteError from "@/app/(site)/error";
import { ErrorRecovery } from "./error-recovery";

// Public links prefetch through the app router (components/navigation/link.tsx); a static
// render has none.
vi.mock("next/navigation", () => ({ useRouter: () => ({ prefetch() {} }) }));

const failure = Object.assign(new Error("boom: SELECT * FROM courses"), { digest: "123" });
const retry = () => {};

// No production page can be made to fail on purpose, so the boundaries are rendered here.
describe("error boundaries", () => {
  it("a failed page says so in Korean, offers 다시 시도 and the way home, and hides the error", () => {
    const html = renderToStaticMarkup(<SiteError error={failure} retry={retry} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain("페이지를 보여 드리지 못했습니다");
    expect(html).toMatch(/<button type="button"[^>]*>다시 시도<\/button>/);
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>첫 화면으로<\/a>/);
    expect(html).not.toContain("SELECT");
  });

  it("when the root layout fails, a page of its own still offers both ways out", () => {
    const html = renderToStaticMarkup(<GlobalError error={failure} retry={retry} />);
    expect(html).toMatch(/^<html lang="ko">/);
    expect(html).toContain("인천 경제·일자리 포털을 잠시 열 수 없습니다");
    expect(html).toMatch(/<button type="button"[^>]*>다시 시도<\/button>/);
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>첫 화면으로<\/a>/);
    expect(html).not.toContain("boom");
  });

  it("다시 시도 asks the server for the page again (Next's retry), not a re-render of the failure", () => {
    const retried = vi.fn();
    const recovery = SiteError({ error: failure, retry: retried }).props
      .children as React.ReactElement<React.ComponentProps<typeof ErrorRecovery>>;
    findButton(ErrorRecovery(recovery.props)).props.onClick();
    expect(retried).toHaveBeenCalledOnce();
  });
});

/** The first <button> in a tree of plain elements, as a component returns it. */
function findButton(node: React.ReactNode): React.ReactElement<{ onClick: () => void }> {
  const found = firstButton(node);
  if (!found) throw new Error("no button");
  return found;
}

function firstButton(node: React.ReactNode): React.ReactElement<{ onClick: () => void }> | null {
  if (Array.isArray(node)) return node.map(firstButton).find(Boolean) ?? null;
  if (!node || typeof node !== "object" || !("type" in node)) return null;
  const element = node as React.ReactElement<{ children?: React.ReactNode; onClick: () => void }>;
  return element.type === "button" ? element : firstButton(element.props.children);
}
