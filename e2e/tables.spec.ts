import { expect, test } from "@playwright/test";

// Every table of the April 2024 issue, on a 360 px phone and on a desktop: no number wraps inside
// its digits, and a table wider than the screen scrolls in a focusable region that says so.
for (const width of [360, 1280]) {
  const tag = width < 1024 ? "@phone" : "@desk";
  test(
    `at ${width} px no number in any table of the April issue spans two lines`,
    { tag },
    async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/issues/2024-04/all");
      const cells = await page.evaluate(() =>
        [...document.querySelectorAll(".prose-article td")]
          .filter((cell) => /\d/.test(cell.textContent ?? ""))
          .filter((cell) => /^[-+△▲▽▼]?\s?[\d.,]+\s?%?p?$/.test((cell.textContent ?? "").trim()))
          .map((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            return { text: cell.textContent!.trim(), lines: lines.size };
          }),
      );
      expect(cells.length).toBeGreaterThan(100);
      expect(cells.filter((cell) => cell.lines > 1)).toEqual([]);
    },
  );
}

test(
  "a table wider than a phone scrolls sideways in a labelled region with a visible hint",
  { tag: "@phone" },
  async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/issues/2024-04/all");
    // Which tables are wider than the screen is settled once the web font has replaced the
    // fallback; the region's name follows it, so a locator taken earlier can move to another table.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const wide = page.getByRole("region", { name: "옆으로 스크롤되는 표" }).first();
    await expect(wide).toBeVisible();
    await expect(
      page.getByText("표가 화면보다 넓습니다. 옆으로 밀어 나머지를 보세요.").first(),
    ).toBeVisible();
    await wide.focus();
    await page.keyboard.press("ArrowRight");
    // The focused region is the one the key scrolls.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.scrollLeft ?? 0))
      .toBeGreaterThan(0);
  },
);
