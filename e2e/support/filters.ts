import type { Page } from "@playwright/test";

export const isMobile = (page: Page) => (page.viewportSize()?.width ?? 1280) < 768;

/** On phones a catalog's filters live in a bottom sheet opened by the 필터 button. */
export async function openFilters(page: Page) {
  if (isMobile(page)) await page.locator("[data-filter-opener]:visible").first().click();
}

/** On phones the sheet stays open over the results until 결과 보기 closes it. */
export async function showResults(page: Page) {
  if (isMobile(page)) await page.getByRole("button", { name: "결과 보기" }).click();
}
