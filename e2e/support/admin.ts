import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { e2ePassword } from "./accounts";

export async function signIn(page: Page, email: string, password = e2ePassword) {
  await page.goto("/admin/login");
  await page.getByLabel("이메일").fill(email);
  await page.getByLabel("비밀번호").fill(password);
  await page.getByRole("button", { name: "로그인" }).click();
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
