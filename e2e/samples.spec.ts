import { expect, test } from "@playwright/test";

// Every course of the seed bulletin is a filled-in sample: wherever one is listed, it says 예시.
test("search results and the header's suggestions mark sample courses as 예시", async ({
  page,
}) => {
  await page.goto(`/search?q=${encodeURIComponent("스마트팩토리")}`);
  const course = page.getByRole("listitem").filter({
    has: page.getByRole("link", { name: "스마트팩토리 구축 최적화 과정(NCS)" }),
  });
  await expect(course.getByText("예시", { exact: true })).toBeVisible();
  // Programs are real records: none says 예시.
  await page.goto(`/search?q=${encodeURIComponent("초거대AI 활용")}`);
  const program = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({
      has: page.getByRole("link", { name: "초거대AI 활용 지원사업" }),
    });
  await expect(program.getByText("지원사업", { exact: true })).toBeVisible();
  await expect(program.getByText("예시", { exact: true })).toHaveCount(0);

  await page.getByRole("combobox", { name: "포털 전체 검색" }).fill("스마트팩토리 구축");
  await expect(
    page.getByRole("option", { name: /^훈련과정 \(예시\) 스마트팩토리 구축 최적화 과정/ }),
  ).toBeVisible();
});

test("an article's related courses mark samples as 예시", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/issues/2024-04/k-digital-training-incheon");
  const related = page.getByRole("complementary", { name: "이 기사와 관련된 과정·지원사업" });
  const course = related.getByRole("listitem").filter({ hasText: "훈련과정" }).first();
  await expect(course.getByText("예시", { exact: true })).toBeVisible();
});
