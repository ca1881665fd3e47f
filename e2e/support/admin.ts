import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { e2ePassword } from "./accounts";
import { sessionCookies, type WorkspaceAccount } from "./sessions";

/** Signs in through the sign-in form, as a person does. */
export async function signIn(page: Page, email: string, password = e2ePassword) {
  await page.goto("/admin/login");
  await page.getByLabel("이메일").fill(email);
  await page.getByLabel("비밀번호").fill(password);
  await page.getByRole("button", { name: "로그인" }).click();
  await expect(page.getByRole("navigation", { name: "편집실 메뉴" })).toBeVisible();
}

/** Opens the workspace's dashboard signed in, with the session the global setup opened. */
export async function openWorkspaceAs(page: Page, email: WorkspaceAccount) {
  await page.context().addCookies(sessionCookies(email));
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "편집실 메뉴" })).toBeVisible();
}

/** Titles of the article hits public search returns for a query. */
export async function publicArticleTitles(request: APIRequestContext, q: string) {
  const response = await request.get("/api/search", { params: { q, index: "articles" } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { hits: { title: string }[] };
  return body.hits.map((hit) => hit.title);
}

/** A `datetime-local` value, in Korean time, this many seconds from now. */
export function koreanLocalTime(secondsFromNow: number) {
  const at = new Date(Date.now() + secondsFromNow * 1000 + 9 * 3600_000);
  return at.toISOString().slice(0, 19);
}

const aprilIssue = "인천 경제산업 Issue & Trend 2024년 4월호";

/** Opens an issue (the April 2024 one unless named) in the workspace. */
export async function openIssue(page: Page, issue = aprilIssue) {
  await page.goto("/admin/issues");
  await page.getByRole("link", { name: issue, exact: true }).click();
  await expect(page.getByRole("heading", { name: "새 기사" })).toBeVisible();
}

/** Creates a draft article in an issue (April 2024 unless named) and waits for its editor. */
export async function createDraft(
  page: Page,
  title: string,
  slug: string,
  { section = "policy", issue = aprilIssue }: { section?: string; issue?: string } = {},
) {
  await openIssue(page, issue);
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "초안 만들기" }) });
  await form.getByLabel("구분").selectOption(section);
  await form.getByLabel("제목").fill(title);
  await form.getByLabel("주소").fill(slug);
  await form.getByRole("button", { name: "초안 만들기" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/**
 * Saves the open article and waits for the save's own message: "저장했습니다" alone would also
 * match the autosave's "…에 자동 저장했습니다", which can arrive first on a slow machine.
 */
export async function saveArticle(page: Page) {
  await page.getByRole("button", { name: "저장", exact: true }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /^저장했습니다 \(버전 \d+\)/ }),
  ).toBeVisible();
}
