import { expect, test } from "@playwright/test";

test.describe("errors and waiting", () => {
  test(
    "a missing article or course shows the 404 page with one header and one footer",
    { tag: "@phone" },
    async ({ page }) => {
      for (const path of [
        "/issues/2024-04/no-such-article",
        "/courses/no-such-course",
        "/programs/no-such-program",
        "/tags/no-such-tag",
        "/no/such/page",
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(
          page.getByRole("heading", { name: "찾으시는 페이지가 없습니다" }),
        ).toBeVisible();
        // The tab and the history name the miss, not the site alone.
        await expect(page, path).toHaveTitle("찾으시는 페이지가 없습니다 | 인천 경제·일자리 포털");
        await expect(page.getByRole("banner"), path).toHaveCount(1);
        await expect(page.getByRole("contentinfo"), path).toHaveCount(1);
      }
    },
  );

  test("the catalog says its results are updating while the next ones load", async ({ page }) => {
    await page.goto("/courses");
    // The catalog first loaded stays in the page, hidden, once the query route shows the next.
    const updating = page.getByText("결과를 새로 불러오는 중…").filter({ visible: true });
    await expect(updating).toBeHidden();
    // Hold the next results for a moment, as a slow connection would.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === "/courses" && url.searchParams.get("q") === "로봇",
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.getByRole("searchbox", { name: "훈련과정 검색" }).fill("로봇");
    await expect(updating).toBeVisible();
    release();
    await expect(page.getByRole("heading", { name: /‘로봇’ 검색 결과/ })).toBeVisible();
    await expect(updating).toBeHidden();
  });
});

test("the browser tab shows the portal's icon", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/");
  await page.goto("/");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /favicon\.ico/);
});
