import { expect, test } from "@playwright/test";

// What a phone downloads and how the page settles: Pretendard arrives in the package's slices of
// the glyphs a page uses, and the swap from the metric-matched fallback moves nothing. The two
// weights used to be two whole 270 KB files on every page (541 KB); their slices measure about
// 220–350 KB on these pages. The 150 KB needs finer, portal-specific subsets (issue note):
// until then this guards the slices against a return to whole files.
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
  test(`${path} downloads Pretendard in slices and does not shift`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
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
    const fontBytes = fonts.reduce((sum, font) => sum + font.bytes, 0);
    expect(fonts.length, "Pretendard is used").toBeGreaterThan(0);
    expect(
      fontBytes,
      fonts.map((font) => `${font.name} ${font.bytes}`).join("\n"),
    ).toBeLessThanOrEqual(FONT_BUDGET);
    console.log(
      `${test.info().project.name} ${path}: ${fonts.length} font files, ${fontBytes} bytes`,
    );
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    expect(shift).toBeLessThan(0.01);
  });
}
