import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const program = "시험용 청년 창업 공간 지원";
const course = "시험용 클라우드 데이터 엔지니어 과정";

async function answer(
  page: Page,
  { age, residence, statuses }: { age: string; residence: string; statuses: string[] },
) {
  await page.getByLabel("나이 (만)").fill(age);
  await page.getByLabel("사는 곳").selectOption({ label: residence });
  for (const status of statuses) await page.getByRole("checkbox", { name: status }).check();
  await page.getByRole("button", { name: "확인하기" }).click();
}

const group = (page: Page, heading: RegExp) => page.getByRole("region", { name: heading });

test.describe("eligibility quick check", () => {
  test("a resident finds what they can apply for, with the rules that matched and failed", async ({
    page,
  }) => {
    await page.goto("/programs");
    await page.getByRole("link", { name: "지원 자격 빠른 확인" }).click();
    await expect(page).toHaveURL(/\/programs\/check$/);
    await answer(page, { age: "30", residence: "인천 영종구", statuses: ["예비창업자"] });

    await expect(page.getByRole("heading", { name: "확인 결과" })).toBeFocused();
    const likely = group(page, /신청할 수 있을 것 같아요/);
    const card = likely.getByRole("article").filter({ hasText: program });
    await expect(card.getByRole("link", { name: program })).toHaveAttribute(
      "href",
      "/programs/e2e-open-program",
    );
    await expect(card).toContainText("대상: 예비창업자 (대상: 예비창업자·중소기업 대표)");
    await expect(card).toContainText("만 19세~39세 · 알려 주신 나이 만 30세");
    await expect(card).toContainText("인천 전역 · 영종구");
    // The course in the resident's 군·구 comes first, paid for by 국민내일배움카드 (누구나).
    const courses = page.getByRole("region", { name: "지금 모집 중인 훈련과정" });
    await expect(courses.getByRole("article").first()).toContainText(course);
    await expect(courses.getByRole("article").first()).toContainText("국민내일배움카드");
    // Answers travel in the request body: nothing of them in the address or the history.
    expect(new URL(page.url()).search).toBe("");
    // The form keeps the answers for a second try.
    await expect(page.getByLabel("나이 (만)")).toHaveValue("30");
    await expect(page.getByRole("checkbox", { name: "예비창업자" })).toBeChecked();
    await expectNoAxeViolations(page);

    await page.getByLabel("나이 (만)").fill("45");
    await page.getByRole("button", { name: "확인하기" }).click();
    await expect(page.getByLabel("나이 (만)")).toHaveValue("45");
    await expect(likely.getByRole("link", { name: program })).toHaveCount(0);
    await page.getByText(/조건이 맞지 않아요 \(\d+개\)/).click();
    await expect(page.getByRole("article").filter({ hasText: program })).toContainText(
      "만 19세~39세 · 알려 주신 나이 만 45세",
    );
  });

  test(
    "a bad answer gets a Korean message and keeps what was typed",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/programs/check");
      await page.getByRole("button", { name: "확인하기" }).click();
      await expect(page.locator("form").getByRole("alert")).toHaveText(
        "나이, 사는 곳, 신분 가운데 하나 이상 알려 주세요",
      );
      await expect(page.getByRole("heading", { name: "확인 결과" })).toHaveCount(0);
      await page.getByLabel("나이 (만)").fill("200");
      await page.getByRole("checkbox", { name: "재직자" }).check();
      await page.getByRole("button", { name: "확인하기" }).click();
      await expect(page.getByText("나이는 0에서 120 사이로 입력하세요")).toBeVisible();
      await expect(page.getByLabel("나이 (만)")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("나이 (만)")).toHaveValue("200");
      await expect(page.getByRole("checkbox", { name: "재직자" })).toBeChecked();
    },
  );
});

test.describe("eligibility quick check without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts and the page answers", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/programs/check");
    await answer(page, { age: "25", residence: "인천 부평구", statuses: ["중소기업 대표"] });
    const likely = group(page, /신청할 수 있을 것 같아요/);
    await expect(likely.getByRole("link", { name: program })).toBeVisible();
    expect(new URL(page.url()).search).toBe("");
    await expect(page.getByLabel("나이 (만)")).toHaveValue("25");
  });
});
