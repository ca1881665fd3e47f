import { expect, test } from "@playwright/test";

// Pages say only what their source supports: an ended course or a closed program says so first,
// plans and pilots of one year show their period and end, and an article about a closed program
// says when it was true. (The seed bulletin is from April 2024; the tests run long after.)
// What a page says does not depend on the screen: checked once, on the phone.

test.describe("what pages claim", { tag: "@phone" }, () => {
  test("a closed program says when it closed, keeps its steps behind that, and offers open ones", async ({
    page,
  }) => {
    await page.goto("/programs/youth-monthly-rent");
    await expect(page.getByRole("note")).toContainText("이 사업은 2025년 2월 25일에 마감했습니다.");
    await expect(page.getByText("지난 신청 방법 보기")).toBeVisible();
    const alternatives = page.getByRole("region", { name: "지금 신청할 수 있는 사업" });
    await expect(alternatives.getByRole("link").first()).toBeVisible();
    await expect(alternatives.getByText("마감", { exact: true })).toHaveCount(0);
  });

  test("plans and year-bound pilots show the bulletin's period and 종료 after it, never 상시", async ({
    page,
  }) => {
    for (const [id, period] of <[string, string][]>[
      ["root-industry-plan", "2024년 한 해 실행계획"],
      ["startup-legal-aid", "2024년 4월 8일부터 한 해 동안 시범 운영"],
      ["overseas-procurement", "2024년 계획"],
      ["youth-future-center", "2024년 7월부터 2년간 시범사업"],
    ]) {
      await page.goto(`/programs/${id}`);
      await expect(page.getByText(period).first()).toBeVisible();
      // The program's own header and facts (the open alternatives below may well be 상시).
      const own = page.locator("main article > header, main article > section").first();
      await expect(own.getByText("상시", { exact: true })).toHaveCount(0);
      await expect(own.getByText("종료", { exact: true })).toBeVisible();
      await expect(own.getByText("마감", { exact: true })).toHaveCount(0);
      await expect(page.getByRole("note")).toContainText("종료했습니다");
      // Their end is no application deadline: no calendar to add it to.
      await expect(page.getByRole("link", { name: /캘린더/ })).toHaveCount(0);
    }
    await page.goto("/programs/youth-future-center");
    await expect(page.getByText("보건복지부 · 인천·울산·충북·전북")).toBeVisible();
  });

  test("an ended course says so first", async ({ page }) => {
    await page.goto("/courses/kdt2023-robot-01");
    await expect(page.getByRole("note")).toContainText("에 끝났습니다. 지금 신청할 수 없습니다.");
    await expect(page.getByText("지난 신청 방법 보기")).toBeVisible();
    // No address of its own on 고용24 (a bulletin sample): the link says it opens 고용24's front page.
    const apply = page.getByRole("link", { name: "고용24 첫 화면에서 과정 찾기" });
    await expect(apply).toHaveAttribute("href", "https://www.work24.go.kr");
    // Not the page's filled main button any more: the open courses below come first.
    await expect(apply).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  });

  test("a program whose source gave only a site's address says the link opens that site's front page", async ({
    page,
  }) => {
    await page.goto("/programs/traditional-market-safety");
    const official = page.getByRole("link", { name: "mss.go.kr 첫 화면에서 공고 찾기" });
    await expect(official).toHaveAttribute("href", "http://www.mss.go.kr");
    // The program closed in 2024: its link is no longer the page's filled main button.
    await expect(official).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
    await expect(page.getByText("기관 누리집 첫 화면으로 연결합니다")).toBeVisible();
    // A link to the notice itself says what it opens, with no such remark.
    await page.goto("/programs/hyperscale-ai-support");
    await expect(page.getByRole("link", { name: "공식 안내 보기 (msit.go.kr)" })).toBeVisible();
    await expect(page.getByText("기관 누리집 첫 화면으로 연결합니다")).toHaveCount(0);
  });

  test("an article about a closed program says it describes the situation at the issue date", async ({
    page,
  }) => {
    await page.goto("/issues/2024-04/youth-monthly-rent");
    await expect(page.getByRole("note")).toContainText(
      "이 기사는 2024년 4월 기준의 상황을 전합니다.",
    );
    await expect(page.getByRole("note")).toContainText("지금 마감되었습니다.");
  });

  test("charts built from the text do not claim the bulletin's 〔그림 2〕, and print 70.0 and 4.0", async ({
    page,
  }) => {
    await page.goto("/issues/2024-04/k-digital-training-incheon");
    await expect(page.getByText("〔그림 2〕", { exact: true })).toHaveCount(0);
    await expect(page.getByText("본문이 밝힌 훈련 분야별 취업률(2022)").first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "70.0", exact: true }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "4.0", exact: true }).first()).toBeAttached();
    await expect(page.getByText("대한상공회의소 인천 인력개발원").first()).toBeAttached();
  });
});
