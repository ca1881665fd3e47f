import { expect, test } from "@playwright/test";
import { isMobile, openFilters } from "./support/filters";

// What a page downloads in fonts and how it settles. Phones read in their own Korean font and
// download none (Pretendard's slices cost a Korean page 230–340 KB, more than the 150 KB a phone
// page may spend). Wider screens get Pretendard in the package's slices of the glyphs a page
// uses, and nothing moves: a slice that misses the first paint is not swapped in on that page
// (font-display: optional), the metric-matched fallback stays. The two weights used to be two
// whole 270 KB files on every page (541 KB); the budget guards against a return to them. The
// faces' stylesheet (94 KB) is linked on wide screens only: a phone never requests it.
const pages = [
  "/",
  "/courses",
  "/courses/kdt2023-robot-01",
  "/programs",
  "/programs/national-learning-card",
  "/issues/2024-04",
  "/issues/2024-04/k-digital-training-incheon",
  "/search?q=AI",
  `/tags/${encodeURIComponent("K-디지털 트레이닝")}`,
];

const FONT_BUDGET = 400 * 1024;

for (const path of pages) {
  test(`${path} downloads fonts within budget and does not shift`, async ({ page }, testInfo) => {
    await page.addInitScript(() => {
      const seen = window as unknown as { shift: number; shifted: string[] };
      seen.shift = 0;
      seen.shifted = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          seen.shift += entry.value;
          // What moved, so a failure names it.
          for (const source of entry.sources ?? []) {
            const node = source.node as Element | undefined;
            const rect = (r: DOMRectReadOnly) =>
              `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
            seen.shifted.push(
              `${entry.value.toFixed(4)} ${node?.nodeName ?? "?"}.${node?.className?.toString().slice(0, 60) ?? ""} at ${Math.round(entry.startTime)} ms: ${rect(source.previousRect)} → ${rect(source.currentRect)}`,
            );
          }
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState("networkidle");
    const fonts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.endsWith(".woff2"))
        .map((entry) => ({
          name: entry.name,
          bytes: (entry as PerformanceResourceTiming).encodedBodySize,
        })),
    );
    // Chromium reports whether a stylesheet held back the first paint.
    const fontStylesheetBlocked = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => new URL(entry.name).pathname === "/fonts/pretendard.css")
        .map(
          (entry) =>
            (entry as PerformanceResourceTiming & { renderBlockingStatus: string })
              .renderBlockingStatus,
        ),
    );
    const fontBytes = fonts.reduce((sum, font) => sum + font.bytes, 0);
    const listed = fonts.map((font) => `${font.name} ${font.bytes}`).join("\n");
    if (testInfo.project.name === "mobile") {
      expect(fonts, "a phone downloads no font").toEqual([]);
      const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(family, "a phone reads in its own Korean font").not.toContain("Pretendard");
      expect(fontStylesheetBlocked, "a phone does not request the font stylesheet").toEqual([]);
    } else {
      expect(fonts.length, "Pretendard is used").toBeGreaterThan(0);
      expect(fontBytes, listed).toBeLessThanOrEqual(FONT_BUDGET);
      // A wide screen waits for the faces, so that text is laid out once in Pretendard's metrics.
      expect(fontStylesheetBlocked).toEqual(["blocking"]);
    }
    console.log(`${testInfo.project.name} ${path}: ${fonts.length} font files, ${fontBytes} bytes`);
    const { shift, shifted } = await page.evaluate(() => {
      const seen = window as unknown as { shift: number; shifted: string[] };
      return { shift: seen.shift, shifted: seen.shifted };
    });
    expect(shift, shifted.join("\n")).toBeLessThan(0.01);
  });
}

// Links prefetch on intent (components/navigation/link.tsx): a page that has just loaded leaves
// the network and main thread to itself, and a touch or the pointer fetches the route it leads to.
test("a page fetches no other route until a link is touched, then opens it", async ({ page }) => {
  const routesFetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc")) routesFetched.push(url.pathname);
  });
  await page.goto("/programs/youth-monthly-rent");
  await page.waitForLoadState("networkidle");
  expect(routesFetched, "routes fetched before any touch").toEqual([]);

  const link = page
    .getByRole("navigation", { name: "주 메뉴" })
    .getByRole("link", { name: "훈련과정" });
  if (isMobile(page)) await link.tap();
  else await link.click();
  await expect(page.getByRole("heading", { level: 1, name: /훈련과정/ })).toBeVisible();
  expect(page.url()).toMatch(/\/courses$/);
  expect(routesFetched).toContain("/courses");
});

/** How far the page runs past the screen sideways, in CSS pixels (0 when it does not). */
const sidewaysOverflow = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("compare shows two courses side by side on a phone, and nothing widens the page", async ({
  page,
}) => {
  test.skip(!isMobile(page), "a phone's width");
  await page.goto("/courses/compare?ids=kdt2023-it-02,kdt2023-it-03");
  const table = page.getByRole("region", { name: "과정 비교표" });
  // This phone's width, then the narrowest phones still common (360 px).
  for (const width of [page.viewportSize()!.width, 360]) {
    await page.setViewportSize({ width, height: 800 });
    for (const column of [1, 2]) {
      const box = (await table.getByRole("columnheader").nth(column).boundingBox())!;
      expect(box.x + box.width, `column ${column} at ${width} px`).toBeLessThanOrEqual(width);
    }
    expect(await sidewaysOverflow(page)).toBe(0);
  }
});

test("with text at 200 %, the catalog fits a phone and the filled compare tray stays low", async ({
  page,
}) => {
  test.skip(!isMobile(page), "a phone's width");
  await page.goto("/courses");
  // As a phone's largest text setting does: every rem doubles.
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  expect(await sidewaysOverflow(page)).toBe(0);
  // The view switch reads 카드 on one line, not 카 over 드.
  const lines = await page.getByRole("link", { name: "카드", exact: true }).evaluate((link) => {
    const text = document.createRange();
    text.selectNodeContents(link);
    return new Set([...text.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines).toBe(1);
  await page
    .getByRole("checkbox", { name: /비교에 담기$/ })
    .first()
    .check();
  const tray = page.locator("form").filter({ hasText: "비교함 1/4" });
  await expect(tray).toBeVisible();
  // It covered 40 % of the screen; a quarter at most leaves the results readable.
  expect((await tray.boundingBox())!.height).toBeLessThan(page.viewportSize()!.height / 4);
});

test("with text at 200 % on a 320 px phone, the menu's words stay apart and a program's facts fit", async ({
  page,
}) => {
  test.skip(!isMobile(page), "a phone's width");
  await page.setViewportSize({ width: 320, height: 720 });
  for (const path of ["/programs/k-digital-training", "/programs/youth-monthly-rent"]) {
    await page.goto(path);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    expect(await sidewaysOverflow(page), path).toBe(0);
    // Each menu item's words fit its own box (they ran over the next one's).
    const spill = await page
      .getByRole("navigation", { name: "주 메뉴" })
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.scrollWidth - link.clientWidth));
    expect(spill, path).toEqual([0, 0, 0]);
  }
});

/** Each element's text and height, for a failure that names the target too small to tap. */
async function expectTapTargets(
  targets: import("@playwright/test").Locator,
  where: string,
  atLeast: number,
) {
  const heights = await targets.evaluateAll((elements) =>
    elements.map((element) => [element.textContent, element.getBoundingClientRect().height]),
  );
  expect(heights.length, where).toBeGreaterThanOrEqual(atLeast);
  for (const [text, height] of heights)
    expect(height, `${where}: ${text}`).toBeGreaterThanOrEqual(44);
}

test("the catalogs' controls, filter values and the 더 보기 fold are 44 px tap targets on a phone", async ({
  page,
}) => {
  test.skip(!isMobile(page), "a phone's width");
  for (const path of ["/courses", "/programs"]) {
    await page.goto(path);
    await expectTapTargets(
      page.locator(
        'select[name="sort"]:visible, nav[aria-label="보기 방식"] a:visible, button:text-is("담은 과정 비교"):visible',
      ),
      path,
      1,
    );
    await openFilters(page);
    await expectTapTargets(
      page.locator(
        '.facet-values label:visible, fieldset summary:visible, fieldset input[type="number"]:visible, fieldset input[type="date"]:visible',
      ),
      `${path} filters`,
      6,
    );
  }
});
