import { expect, test } from "@playwright/test";

// Every chart of the April 2024 issue, drawn on the server as SVG: at 360 px its labels and values
// are at least 11 px tall as rendered, and at 1280 px too; the data table stays beside it. 640 and
// 1024 px are where the wide drawing and the wide page layout begin, so each draws it smallest.
// Each width is checked once, by the project whose screen it is.
for (const width of [360, 640, 1024, 1280]) {
  const tag = width < 1024 ? "@phone" : "@desk";
  test(
    `at ${width} px every chart's text is at least 11 px tall and its data table stays`,
    { tag },
    async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      // The whole issue, and the article with the most charts in its own page's column.
      for (const path of ["/issues/2024-04/all", "/issues/2024-04/k-digital-training-incheon"]) {
        await page.goto(path);
        const charts = await page.evaluate(() =>
          [...document.querySelectorAll<SVGSVGElement>("svg[viewBox]")]
            .filter((svg) => svg.getBoundingClientRect().width > 0 && svg.querySelector("text"))
            .map((svg) => {
              const drawn = svg.getBoundingClientRect().width;
              const scale = drawn / svg.viewBox.baseVal.width;
              const sizes = [...svg.querySelectorAll("text")]
                .filter((text) => (text.textContent ?? "").trim() !== "")
                .map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
              return {
                drawn: Math.round(drawn),
                smallest: Math.min(...sizes),
                texts: sizes.length,
              };
            }),
        );
        expect(charts.length).toBeGreaterThan(1);
        for (const chart of charts) {
          expect(chart.texts).toBeGreaterThan(0);
          expect(chart.drawn).toBeLessThanOrEqual(width);
          expect(chart.smallest, `${path} ${JSON.stringify(chart)}`).toBeGreaterThanOrEqual(11);
        }
        // The numbers are still there to read as a table.
        await expect(page.getByRole("table").filter({ visible: true }).first()).toBeVisible();
      }
    },
  );
}
