import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { e2eAccounts, e2ePassword } from "./support/accounts";
import {
  createDraft,
  koreanLocalTime,
  openIssue,
  publicArticleTitles,
  openWorkspaceAs,
  signIn,
} from "./support/admin";
import { answerNextDialog } from "./support/dialogs";
import { addDays, todayInSeoul } from "../lib/dates/dates";
import { expectNoAxeViolations } from "./support/axe";
import { pasteInto } from "./support/clipboard";

function status(page: Page, text: string | RegExp) {
  return expect(page.getByRole("status").filter({ hasText: text }).first()).toBeVisible();
}

/** An editor opens one course's form from the workspace's course list. */
async function openCourseAsEditor(page: Page, externalId: string) {
  await openWorkspaceAs(page, e2eAccounts.editor);
  await page.goto(`/admin/courses?q=${externalId}`);
  await page.getByRole("row").filter({ hasText: externalId }).getByRole("link").first().click();
}

// A portal of its own (see e2e/support/global-setup.ts): these tests change content.
test.use({ baseURL: process.env.E2E_ADMIN_URL });

test.describe("editor workspace", () => {
  test("the sign-in page carries a nonce CSP without unsafe-inline scripts; signing in works under it and sets an httpOnly, SameSite=Lax session cookie", async ({
    page,
  }) => {
    const response = await page.goto("/admin/login");
    const csp = response!.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response!.headers()["x-content-type-options"]).toBe("nosniff");
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) violations.push(message.text());
    });
    await signIn(page, e2eAccounts.editor);
    expect(violations).toEqual([]);
    const session = (await page.context().cookies()).find((cookie) =>
      cookie.name.endsWith("next-auth.session-token"),
    );
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    // Eight hours at most (next-auth sets the cookie's expiry from the session's max age).
    expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 3600_000 + 60_000);
  });

  test("an anonymous visitor is sent to sign in, and comes back where they were going", async ({
    page,
  }) => {
    await page.goto("/admin/courses");
    await expect(page).toHaveURL(/\/admin\/login\?callbackUrl=%2Fadmin%2Fcourses/);
    await page.getByLabel("이메일").fill(e2eAccounts.editor);
    await page.getByLabel("비밀번호").fill(e2ePassword);
    await page.getByRole("button", { name: "로그인" }).click();
    await expect(page).toHaveURL(/\/admin\/courses$/);
    await expect(page.getByRole("heading", { level: 1, name: "훈련과정" })).toBeVisible();
  });

  test(
    "unsaved text: a save clears the mark, and in-app links and 지금 발행 ask first",
    { tag: "@desk" },
    async ({ page }) => {
      await openWorkspaceAs(page, e2eAccounts.editor);
      await createDraft(page, "저장 확인 기사", "e2e-unsaved");
      const body = page.getByLabel("본문 (Markdown)");
      await body.fill("## 첫 문단\n\n여러 줄로 쓴\n본문입니다.\n");
      await expect(page.getByText("저장하지 않은 변경이 있습니다")).toBeVisible();
      // Pages left behind stay in the document, hidden (Next keeps them for Back).
      await page
        .getByLabel("요약")
        .filter({ visible: true })
        .fill("여러 줄 본문의 저장을 확인합니다.");
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await status(page, "저장했습니다 (버전 2)");
      // The browser sent CRLF; what was stored equals what is on screen.
      await expect(page.getByText("저장하지 않은 변경이 있습니다")).toHaveCount(0);

      await body.fill("## 첫 문단\n\n아직 저장하지 않은 문장.\n");
      let asked = answerNextDialog(page, "dismiss");
      await page.getByRole("link", { name: "변경 기록·되돌리기" }).click();
      expect(asked.message).toContain("저장하지 않은 변경이 있습니다. 이 화면을 떠나면 사라집니다");
      await expect(body).toHaveValue("## 첫 문단\n\n아직 저장하지 않은 문장.\n");

      asked = answerNextDialog(page, "dismiss");
      await page.getByRole("button", { name: "지금 발행" }).click();
      expect(asked.message).toContain("발행·예약되는 것은 마지막으로 저장한 버전입니다");
      // Saving now re-reads the article from the server, after any publish the click had sent.
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await status(page, "저장했습니다 (버전 3)");
      await expect(page.getByTestId("publication-status").filter({ visible: true })).toHaveText(
        "초안",
      );
    },
  );

  test(
    "on a phone every entry of the workspace menu is on screen",
    { tag: "@phone" },
    async ({ page }) => {
      await openWorkspaceAs(page, e2eAccounts.editor);
      const width = page.viewportSize()!.width;
      const links = page.getByRole("navigation", { name: "편집실 메뉴" }).getByRole("link");
      await expect(links).toHaveCount(9);
      for (const link of await links.all()) {
        const box = (await link.boundingBox())!;
        expect(box.x, await link.innerText()).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, await link.innerText()).toBeLessThanOrEqual(width);
      }
    },
  );

  test(
    "the import form says in Korean, once, what is wrong with a file, and an empty one is not 'none chosen'",
    { tag: "@desk" },
    async ({ page }) => {
      await openWorkspaceAs(page, e2eAccounts.editor);
      await page.goto("/admin/import");
      const file = page.getByLabel(/^파일 \(CSV/);
      const preview = page.getByRole("button", { name: "미리 보기 (적용 안 함)" });
      await preview.click();
      await expect(page.getByText("파일을 고르세요.")).toBeVisible();
      await file.setInputFiles({
        name: "empty.csv",
        mimeType: "text/csv",
        buffer: Buffer.alloc(0),
      });
      await preview.click();
      await expect(page.getByText("빈 파일입니다. 내용이 있는 파일을 고르세요.")).toBeVisible();
      await file.setInputFiles({
        name: "broken.json",
        mimeType: "application/json",
        buffer: Buffer.from('[\n  {"externalId": "a",}\n]'),
      });
      await preview.click();
      const reason = page.getByText(/^JSON 형식이 올바르지 않습니다: 2번째 줄/);
      await expect(reason).toHaveCount(1);
      await expect(page.getByText("이 파일은 가져올 수 없습니다.", { exact: false })).toBeVisible();
      await expect(page.getByText(/position/)).toHaveCount(0);
    },
  );

  test(
    "a course saved in the workspace shows at once among a program search's related courses",
    { tag: "@desk" },
    async ({ page }) => {
      // No program has the word, so the program catalog lists the courses that do.
      const search = `/programs?q=${encodeURIComponent("수달교실")}`;
      const related = page.getByRole("heading", { name: /‘수달교실’ 관련 훈련과정/ });
      await page.goto(search);
      await expect(page.getByRole("heading", { name: /검색 결과 0개/ })).toBeVisible();
      await expect(related).toHaveCount(0);
      // The page cache counts an expiry up to 10 s before it stored a page against it
      // (lib/cache/handlers/data.mjs): past that, this answer is surely the cached one.
      await page.waitForTimeout(11_000);
      await page.goto(search);
      await expect(related).toHaveCount(0);

      await openCourseAsEditor(page, "kdt2023-vrar-01");
      await page.getByLabel("소개").fill("수달교실에서 가상현실 콘텐츠를 만드는 과정입니다.");
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await status(page, /저장했습니다/);

      // The search index takes the save a moment after it commits.
      await expect(async () => {
        await page.goto(search);
        await expect(related).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
    },
  );

  test(
    "a course whose dates say it has begun tells residents it takes no one new",
    { tag: "@desk" },
    async ({ page }) => {
      await openCourseAsEditor(page, "kdt2023-smartfactory-01");
      const today = todayInSeoul();
      await page.getByLabel("개강일").fill(addDays(today, -7));
      await page.getByLabel("종강일").fill(addDays(today, 60));
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await status(page, /저장했습니다/);
      await page.goto("/courses/kdt2023-smartfactory-01");
      await expect(page.getByRole("note")).toContainText("진행 중입니다. 지금 신청할 수 없습니다.");
      await expect(page.getByText("지난 신청 방법 보기")).toBeVisible();
      // What it leads with instead: rounds still recruiting, if any, never ones like it running.
      await expect(page.getByRole("heading", { name: "비슷한 과정", exact: true })).toHaveCount(0);
    },
  );

  test(
    "a course form asks before an in-app link leaves unsaved changes, an article asks for its title too",
    { tag: "@desk" },
    async ({ page }) => {
      await openCourseAsEditor(page, "kdt2023-vrar-02");
      const description = page.getByLabel("소개");
      await description.fill("떠나기 전에 물어야 하는 소개 문장입니다.");
      await expect(page.getByText("저장하지 않은 변경이 있습니다")).toBeVisible();
      let asked = answerNextDialog(page, "dismiss");
      const menu = page.getByRole("navigation", { name: "편집실 메뉴" });
      await menu.getByRole("link", { name: "지원사업" }).click();
      expect(asked.message).toContain("저장하지 않은 변경이 있습니다. 이 화면을 떠나면 사라집니다");
      await expect(description).toHaveValue("떠나기 전에 물어야 하는 소개 문장입니다.");

      // A refused save puts focus on the field to fix, and keeps the mark.
      const courseTitle = page.getByLabel("과정명");
      const saved = await courseTitle.inputValue();
      await courseTitle.fill("");
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await expect(page.getByText("과정명을 입력하세요")).toBeVisible();
      await expect(courseTitle).toBeFocused();
      await expect(page.getByText("저장하지 않은 변경이 있습니다")).toBeVisible();
      await courseTitle.fill(saved);

      // Saved: the mark goes and the link leaves without a question.
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await status(page, /저장했습니다/);
      await expect(page.getByText("저장하지 않은 변경이 있습니다")).toHaveCount(0);
      asked = answerNextDialog(page, "dismiss");
      await menu.getByRole("link", { name: "지원사업" }).click();
      await expect(page).toHaveURL(/\/admin\/programs$/);
      expect(asked.message).toBe("");
      page.removeAllListeners("dialog");

      // An article's title alone, changed within the autosave's pause, is asked about too.
      await createDraft(page, "제목만 바꾸는 기사", "e2e-unsaved-title");
      const title = page.getByRole("textbox", { name: "제목", exact: true });
      await title.fill("바뀐 제목");
      asked = answerNextDialog(page, "dismiss");
      await page.getByRole("link", { name: "변경 기록·되돌리기" }).click();
      expect(asked.message).toContain("저장하지 않은 변경이 있습니다");
      await expect(title).toHaveValue("바뀐 제목");
    },
  );

  test(
    "a save after the session ended elsewhere keeps the typed text, offers a sign-in in a new tab, and then saves",
    { tag: "@desk" },
    async ({ page, context }) => {
      await openWorkspaceAs(page, e2eAccounts.editor);
      await createDraft(page, "세션이 끝난 기사", "e2e-session-ended");
      const body = page.getByLabel("본문 (Markdown)").filter({ visible: true });
      const text = "## 세션\n\n로그아웃된 뒤에도 남아야 하는 문장입니다.\n";
      await body.fill(text);
      // Signed out in another tab, or the cookie expired: the browser no longer sends one.
      await context.clearCookies();
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await expect(
        page.getByRole("alert").filter({ hasText: "로그인이 필요합니다" }),
      ).toBeVisible();
      await expect(body).toHaveValue(text);

      const [login] = await Promise.all([
        context.waitForEvent("page"),
        page.getByRole("link", { name: "새 탭에서 로그인" }).click(),
      ]);
      await login.getByLabel("이메일").fill(e2eAccounts.editor);
      await login.getByLabel("비밀번호").fill(e2ePassword);
      await login.getByRole("button", { name: "로그인" }).click();
      await expect(login.getByRole("navigation", { name: "편집실 메뉴" })).toBeVisible();

      await page.getByRole("button", { name: "저장", exact: true }).click();
      await status(page, /^저장했습니다 \(버전 2\)/);
      await page.reload();
      await expect(page.getByLabel("본문 (Markdown)").filter({ visible: true })).toHaveValue(text);
    },
  );

  /** A new draft open in this page, which another editor (a second tab) saved as version 2. */
  async function draftSavedByAnother(
    page: Page,
    context: BrowserContext,
    title: string,
    slug: string,
    summary: string,
  ) {
    await openWorkspaceAs(page, e2eAccounts.editor);
    await createDraft(page, title, slug);
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByLabel("요약").fill(summary);
    await other.getByRole("button", { name: "저장", exact: true }).click();
    await expect(other.getByText(/저장했습니다 \(버전 2\)/)).toBeVisible();
    return other;
  }

  test(
    "two editors save the same article: the second is refused, sees why, and can save over the first",
    { tag: "@desk" },
    async ({ page, context }) => {
      const other = await draftSavedByAnother(
        page,
        context,
        "함께 고치는 기사",
        "e2e-conflict",
        "먼저 저장한 요약",
      );

      const summary = page.getByLabel("요약").filter({ visible: true });
      await summary.fill("나중에 쓴 요약");
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await expect(
        page.getByRole("alert").filter({ hasText: "지금은 버전 2입니다" }),
      ).toBeVisible();
      await expect(summary).toHaveValue("나중에 쓴 요약");
      const asked = answerNextDialog(page, "accept");
      await page.getByRole("button", { name: "버전 2 위에 이 화면의 글 저장" }).click();
      await status(page, /^저장했습니다 \(버전 3\)/);
      expect(asked.message).toContain("버전 2의 내용은 변경 기록에서 되돌릴 수 있습니다");
      await other.reload();
      await expect(other.getByLabel("요약")).toHaveValue("나중에 쓴 요약");
      // The first editor's text is a revision, not lost.
      await other.getByRole("link", { name: "변경 기록·되돌리기" }).click();
      await expect(other.getByText("버전 2 → 버전 3")).toBeVisible();
    },
  );

  test(
    "a page refreshed after another editor's save still refuses the stale text rather than saving over it",
    { tag: "@desk" },
    async ({ page, context }) => {
      const other = await draftSavedByAnother(
        page,
        context,
        "새로 고침 뒤의 기사",
        "e2e-refreshed-conflict",
        "다른 편집자가 먼저 저장한 요약",
      );

      const summary = page.getByLabel("요약").filter({ visible: true });
      await summary.fill("이 화면에서 쓴 요약");
      // Another action on the page refreshes it with the other editor's version 2.
      await page
        .getByRole("region", { name: "검토 링크" })
        .getByRole("button", { name: "검토 링크 만들기" })
        .click();
      await status(page, "검토 링크를 만들었습니다");
      // Beside 저장, the version this text was written on, and the newer one the page now knows.
      await expect(page.getByText("버전 1 (그사이 저장된 최신은 버전 2)")).toBeVisible();
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await expect(
        page.getByRole("alert").filter({ hasText: "지금은 버전 2입니다" }),
      ).toBeVisible();
      await expect(summary).toHaveValue("이 화면에서 쓴 요약");
      await other.reload();
      await expect(other.getByLabel("요약")).toHaveValue("다른 편집자가 먼저 저장한 요약");
    },
  );

  test(
    "a bulk action with nothing ticked says so beside its buttons",
    { tag: "@desk" },
    async ({ page }) => {
      await openWorkspaceAs(page, e2eAccounts.editor);
      await page.goto("/admin/courses");
      await page.getByRole("button", { name: "선택 발행", exact: true }).click();
      await expect(page.getByText("목록에서 하나 이상 체크한 뒤 누르세요")).toBeVisible();
    },
  );

  test(
    "two editors save the same program: the later one keeps the screen's values and can save over",
    { tag: "@desk" },
    async ({ page, context }) => {
      await openWorkspaceAs(page, e2eAccounts.editor);
      await page.goto("/admin/programs?q=root-industry-plan");
      await page
        .getByRole("row")
        .filter({ hasText: "root-industry-plan" })
        .getByRole("link")
        .first()
        .click();
      await page.waitForURL(/\/admin\/programs\/\d+$/);
      const other = await context.newPage();
      await other.goto(page.url());
      await other.getByLabel("소관기관").fill("먼저 저장한 기관");
      await other.getByRole("button", { name: "저장", exact: true }).click();
      await expect(other.getByText(/저장했습니다 \(버전/)).toBeVisible();

      await page.getByLabel("소관기관").fill("나중에 쓴 기관");
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await expect(page.getByText("다른 편집자나 동기화가 먼저 저장했습니다")).toBeVisible();
      await expect(page.getByLabel("소관기관")).toHaveValue("나중에 쓴 기관");
      const asked = answerNextDialog(page, "accept");
      await page.getByRole("button", { name: /위에 이 화면의 내용 저장$/ }).click();
      await status(page, /^저장했습니다 \(버전/);
      expect(asked.message).toContain("되돌릴 기록이 남지 않습니다");
      // The next save goes on from the version just saved, with no refusal.
      await page.getByLabel("소관기관").fill("이어서 고친 기관");
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await expect(page.getByText("다른 편집자나 동기화가 먼저 저장했습니다")).toHaveCount(0);
      await status(page, /^저장했습니다 \(버전/);
      await other.reload();
      await expect(other.getByLabel("소관기관")).toHaveValue("이어서 고친 기관");
    },
  );

  test(
    "an editor drafts, publishes, edits, restores a revision and schedules another article",
    { tag: "@desk" },
    async ({ page, request }) => {
      test.setTimeout(150_000);
      const token = "zebraquokka";
      const title = `창업 공간 지원 안내 ${token}`;
      await openWorkspaceAs(page, e2eAccounts.editor);
      await createDraft(page, title, "e2e-startup-space");

      // Write: the live preview renders the Markdown as the public page will.
      const body = page.getByLabel("본문 (Markdown)");
      await body.fill(
        `## 지원 내용\n\n${token} 공간을 무료로 빌려 줍니다.\n\n| 구분 | 면적 |\n| --- | ---: |\n| 공유 사무실 | 120 |\n`,
      );
      const preview = page.getByRole("region", { name: "미리보기" });
      await expect(preview.getByRole("heading", { name: "지원 내용" })).toBeVisible();
      await expect(preview.getByRole("cell", { name: "공유 사무실" })).toBeVisible();
      await page
        .getByLabel("요약")
        .filter({ visible: true })
        .fill(`${token} 공간 지원을 정리했습니다.`);
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await status(page, "저장했습니다 (버전 2)");

      // A draft never reaches public search.
      expect(await publicArticleTitles(request, token)).toEqual([]);

      await page.getByRole("button", { name: "지금 발행" }).click();
      await status(page, "발행했습니다");
      await expect
        .poll(() => publicArticleTitles(request, token), { timeout: 15_000 })
        .toContain(title);

      // Edit, then restore the version before the edit.
      await page.getByRole("textbox", { name: "제목", exact: true }).fill(`${title} (수정)`);
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await status(page, "저장했습니다 (버전 3)");
      await expect
        .poll(() => publicArticleTitles(request, token), { timeout: 15_000 })
        .toContain(`${title} (수정)`);
      await page.getByRole("link", { name: "변경 기록·되돌리기" }).click();
      await expect(page.getByText("버전 2 → 버전 3")).toBeVisible();
      await expect(page.getByText("(수정)").first()).toBeVisible();
      page.once("dialog", (dialog) => dialog.accept());
      await page
        .getByRole("listitem")
        .filter({ hasText: /^버전 2/ })
        .getByRole("button", { name: "이 버전으로 되돌리기" })
        .click();
      await status(page, "버전 2의 내용으로 되돌려 새 버전(버전 4)으로 저장했습니다");
      await expect(page.getByRole("textbox", { name: "제목", exact: true })).toHaveValue(title);
      await expect
        .poll(() => publicArticleTitles(request, token), { timeout: 15_000 })
        .toEqual([title]);

      // Schedule a second article; the app publishes it on time.
      const scheduledSlug = "e2e-scheduled";
      await createDraft(page, "예약 발행 기사", scheduledSlug);
      // Far enough ahead to see it scheduled first; the scheduler wakes at the time itself.
      await page.getByLabel("기사 발행 예약 시각 (한국 시간)").fill(koreanLocalTime(12));
      await page.getByRole("button", { name: "예약", exact: true }).click();
      await status(page, "예약했습니다");
      await expect(page.getByTestId("publication-status").filter({ visible: true })).toHaveText(
        "예약됨",
      );
      const publicUrl = `/issues/2024-04/${scheduledSlug}`;
      expect((await request.get(publicUrl)).status()).toBe(404);
      await expect
        .poll(async () => (await request.get(publicUrl)).status(), {
          timeout: 45_000,
          intervals: [1_000],
        })
        .toBe(200);
      await page.reload();
      await expect(page.getByTestId("publication-status").filter({ visible: true })).toHaveText(
        "발행됨",
      );

      // The change log says it in sentences and links the article.
      await page.goto("/admin/audit");
      await expect(
        page.getByText("시스템이 예약한 때가 되어 ‘예약 발행 기사’ 기사를 발행했습니다"),
      ).toBeVisible();
      // Its own line, or one of the targets of a line that groups the editor's schedules made
      // at the same time (the monthly-flow test schedules articles on this portal too).
      await expect(
        page
          .getByRole("listitem")
          .filter({ hasText: /님이 .*발행을 예약했습니다/ })
          .filter({ hasText: "예약 발행 기사" })
          .first(),
      ).toBeVisible();
      await page.getByRole("link", { name: "예약 발행 기사 열기" }).first().click();
      await expect(page.getByRole("textbox", { name: "제목", exact: true })).toHaveValue(
        "예약 발행 기사",
      );
    },
  );

  test(
    "a back issue goes live with the articles ticked, dated in the past; the draft left behind is named",
    { tag: "@desk" },
    async ({ page }) => {
      const slug = "2019-01";
      const [kept, left] = ["지난 호 기사", "덜 쓴 기사"];
      await openWorkspaceAs(page, e2eAccounts.editor);
      await page.goto("/admin/issues");
      await page.getByLabel("호 (연도-월)").fill(slug);
      await page.getByLabel("제목").fill(`지난 호 ${slug}`);
      await page.getByLabel("요약").fill("지난 호를 올립니다.");
      await page.getByRole("button", { name: "초안으로 만들기" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `지난 호 ${slug}` })).toBeVisible();
      const issuePage = page.url();
      for (const [title, article] of [
        [kept, "kept"],
        [left, "left"],
      ]) {
        await page.goto(issuePage);
        const form = page
          .locator("form")
          .filter({ has: page.getByRole("button", { name: "초안 만들기" }) });
        await form.getByLabel("구분").selectOption("issue");
        await form.getByLabel("제목").fill(title!);
        await form.getByLabel("주소").fill(`back-${article}`);
        await form.getByRole("button", { name: "초안 만들기" }).click();
        await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      }

      await page.goto(issuePage);
      await page.getByRole("link", { name: "호 전체 미리보기" }).click();
      await expect(page.getByRole("heading", { level: 2, name: left })).toBeVisible();
      await page.goto(issuePage);
      await page.getByRole("checkbox", { name: new RegExp(left) }).uncheck();
      await page.getByLabel("발행일 (한국 시간)").fill(`${slug}-15T09:00`);
      const asked = answerNextDialog(page, "accept");
      await page.getByRole("button", { name: "호와 고른 기사 발행·예약" }).click();
      await status(page, `초안으로 남은 기사: ‘${left}’`);
      expect(asked.message).toContain(`‘${left}’`);

      await page.goto(`/issues/${slug}`);
      await page.getByRole("link", { name: kept }).click();
      await expect(page.locator("article time").first()).toHaveText(
        `${slug.slice(0, 4)}년 ${Number(slug.slice(5))}월`,
      );
      await page.goto(`/issues/${slug}`);
      await expect(page.getByRole("link", { name: left })).toHaveCount(0);
    },
  );

  test(
    "a reviewer without an account reads a draft through a review link, until it is revoked",
    { tag: "@desk" },
    async ({ page, browser }) => {
      const title = "검토할 초안";
      await openWorkspaceAs(page, e2eAccounts.editor);
      await createDraft(page, title, "e2e-review");
      const panel = page.getByRole("region", { name: "검토 링크" });
      await panel.getByRole("button", { name: "검토 링크 만들기" }).click();
      await status(page, "검토 링크를 만들었습니다");
      const link = await panel.getByLabel("검토 링크").inputValue();
      expect(link).toMatch(/\/preview\/[\w-]{43}$/);

      const reviewer = await browser.newContext();
      const review = await reviewer.newPage();
      const response = await review.goto(link);
      expect(response!.headers()["cache-control"]).toContain("no-store");
      await expect(review.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(review.getByText("검토용 미리보기입니다")).toBeVisible();
      await expect(review.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      await expect(review.locator('meta[name="referrer"]')).toHaveAttribute(
        "content",
        "no-referrer",
      );

      await panel.getByRole("button", { name: "취소" }).click();
      await expect(panel.getByRole("button", { name: "취소" })).toHaveCount(0);
      const closed = await review.goto(link);
      expect(closed!.status()).toBe(404);
      await expect(
        review.getByRole("heading", { name: "열 수 없는 검토 링크입니다" }),
      ).toBeVisible();

      // A link to an article moved to the trash closes with it.
      await panel.getByRole("button", { name: "검토 링크 만들기" }).click();
      await expect(panel.getByLabel("검토 링크")).not.toHaveValue(link);
      const second = await panel.getByLabel("검토 링크").inputValue();
      expect((await review.goto(second))!.status()).toBe(200);
      answerNextDialog(page, "accept");
      await page.getByRole("button", { name: "휴지통으로 옮기기" }).click();
      await page.waitForURL(/trashed=1/);
      expect((await review.goto(second))!.status()).toBe(404);
      await reviewer.close();
    },
  );

  test(
    "a deleted article waits in the trash and comes back as it was",
    { tag: "@desk" },
    async ({ page }) => {
      const title = "지울 기사";
      await openWorkspaceAs(page, e2eAccounts.editor);
      await createDraft(page, title, "e2e-trash");
      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: "휴지통으로 옮기기" }).click();
      await status(page, "휴지통으로 옮겼습니다");
      await expect(page.getByRole("link", { name: title })).toHaveCount(0);

      await page.goto("/admin/issues");
      const trash = page.getByRole("region", { name: "휴지통" });
      await expect(trash).toContainText(title);
      await trash.getByRole("button", { name: `${title} 되살리기` }).click();
      await status(page, "휴지통에서 되살렸습니다");
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await openIssue(page);
      await expect(page.getByRole("link", { name: title })).toBeVisible();
    },
  );

  test(
    "a published article moved to the trash no longer offers its public page, which is gone",
    { tag: "@desk" },
    async ({ page }) => {
      const slug = "e2e-trash-published";
      await openWorkspaceAs(page, e2eAccounts.editor);
      await createDraft(page, "공개 후 휴지통 시험", slug);
      const editorUrl = page.url();
      await page.getByLabel("본문 (Markdown)").fill("휴지통 시험용 본문입니다.");
      await page.getByLabel("요약").filter({ visible: true }).fill("휴지통 시험용 요약입니다.");
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await status(page, "저장했습니다 (버전 2)");
      await page.getByRole("button", { name: "지금 발행" }).click();
      await status(page, "발행했습니다");
      await expect(page.getByRole("link", { name: "공개 페이지" })).toBeVisible();

      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: "휴지통으로 옮기기" }).click();
      await status(page, "휴지통으로 옮겼습니다");
      await page.goto(editorUrl);
      await expect(page.getByText(/휴지통에 있는 기사입니다/).first()).toBeVisible();
      await expect(page.getByRole("link", { name: "공개 페이지" })).toHaveCount(0);
      expect((await page.request.get(`/issues/2024-04/${slug}`)).status()).toBe(404);
      // It cannot be published from the trash, but it can be taken off, so a restore does not
      // put it back online.
      await expect(
        page.getByText("이 기사가 휴지통에 있어 발행하거나 예약할 수 없습니다"),
      ).toBeVisible();
      await expect(page.getByRole("button", { name: "예약", exact: true })).toHaveCount(0);
      await page.getByRole("button", { name: "발행 취소" }).click();
      await status(page, "발행을 취소했습니다");
      await expect(page.getByRole("button", { name: "지금 발행" })).toHaveCount(0);
    },
  );

  test(
    "a contributor writes a draft (figures too) and asks for review; the editor sees the request and publishes",
    { tag: "@desk" },
    async ({ page, browser }) => {
      const title = "기고문";
      await openWorkspaceAs(page, e2eAccounts.contributor);
      const menu = page.getByRole("navigation", { name: "편집실 메뉴" });
      await expect(menu.getByRole("link")).toHaveText(["소식지", "이미지"]);
      await page.goto("/admin/courses");
      await expect(page).toHaveURL(/\/admin\/issues$/);
      await createDraft(page, title, "e2e-contributed");
      await expect(page.getByRole("button", { name: "지금 발행" })).toHaveCount(0);
      await page.getByRole("button", { name: "편집자에게 검토 요청" }).click();
      await status(page, "편집자에게 검토를 요청했습니다");

      const editorContext = await browser.newContext();
      const editor = await editorContext.newPage();
      await openWorkspaceAs(editor, e2eAccounts.editor);
      await openIssue(editor);
      const row = editor.getByRole("listitem").filter({ hasText: title });
      await expect(row.getByText("검토 요청")).toBeVisible();
      await row.getByRole("link", { name: title }).click();
      await editor.getByRole("button", { name: "지금 발행" }).click();
      await status(editor, "발행했습니다");
      await openIssue(editor);
      await expect(
        editor.getByRole("listitem").filter({ hasText: title }).getByText("검토 요청"),
      ).toHaveCount(0);
      await editorContext.close();
    },
  );

  test(
    "the toolbar formats the selection, numbers footnotes, a chart error leads to its line, and lines are numbered",
    { tag: "@desk" },
    async ({ page }) => {
      await openWorkspaceAs(page, e2eAccounts.editor);
      await createDraft(page, "서식 시험", "e2e-toolbar");
      const body = page.getByLabel("본문 (Markdown)");
      await body.fill("강조할 말");
      await body.selectText();
      const toolbar = page.getByRole("toolbar", { name: "서식" });
      await toolbar.getByRole("button", { name: "굵게" }).click();
      await expect(body).toHaveValue("**강조할 말**");
      await toolbar.getByRole("button", { name: "각주" }).click();
      await expect(body).toHaveValue(/\[\^1\][\s\S]*\n\[\^1\]: 각주 내용\n$/);

      const chart = [
        "```chart",
        "{",
        '  "type": "bar",',
        '  "title": "시험",',
        '  "categories": ["2023", "2024"],',
        '  "series": [{ "name": "인천", "data": [1] }]',
        "}",
        "```",
      ].join("\n");
      await body.fill(`첫 줄\n\n${chart}\n`);
      const errors = page.getByRole("alert").filter({ hasText: "(차트 블록)" });
      await expect(errors).toContainText(
        "8번째 줄 (차트 블록): 계열 1 ‘인천’의 값(data): 항목(categories)이 2개인데 값이 1개입니다",
      );
      await errors.getByRole("button", { name: "이 줄로 가기" }).click();
      await expect(body).toBeFocused();
      await expect(page.getByText("8번째 줄 / 전체 11줄")).toBeVisible();

      // Each line's number sits beside its first row, however many rows a long line wraps over,
      // and the numbers scroll with the text.
      const rows = Array.from({ length: 40 }, (_, i) => `${i + 3}째 줄`).join("\n");
      await body.fill(`짧은 줄\n${"인천의 디지털 훈련 과정을 소개합니다. ".repeat(12)}\n${rows}`);
      // The numbers are the first column beside the field (hidden from screen readers).
      const gutter = body.locator("xpath=../div[1]");
      const top = async (n: number) =>
        (await gutter.getByText(String(n), { exact: true }).boundingBox())!.y;
      expect((await top(2)) - (await top(1))).toBeCloseTo(24, 0);
      expect((await top(3)) - (await top(2))).toBeGreaterThanOrEqual(3 * 24);
      await body.press("Control+End");
      const box = (await body.boundingBox())!;
      const last = await top(42);
      expect(last).toBeGreaterThan(box.y);
      expect(last).toBeLessThan(box.y + box.height);
    },
  );

  test(
    "typing is autosaved for this editor, offered back on reopening, and cleared by saving",
    { tag: "@desk" },
    async ({ page, context }) => {
      await openWorkspaceAs(page, e2eAccounts.editor);
      await createDraft(page, "자동 저장 기사", "e2e-autosave");
      const url = page.url();
      const body = page.getByLabel("본문 (Markdown)").filter({ visible: true });
      await body.fill("## 초안\n\n탭이 닫혀도 남아야 하는 문장입니다.\n");
      await page.getByLabel("요약").filter({ visible: true }).fill("자동 저장된 요약");
      await status(page, /에 자동 저장했습니다\./);

      // The tab is gone (a crash, a closed laptop): the article opens elsewhere with an offer.
      const again = await context.newPage();
      await again.goto(url);
      await expect(again.getByText("아직 저장하지 않은 글이 있습니다")).toBeVisible();
      await again.getByRole("button", { name: "자동 저장한 글 복원" }).click();
      await expect(again.getByLabel("본문 (Markdown)")).toHaveValue(
        "## 초안\n\n탭이 닫혀도 남아야 하는 문장입니다.\n",
      );
      await expect(again.getByLabel("요약")).toHaveValue("자동 저장된 요약");
      await again.getByRole("button", { name: "저장", exact: true }).click();
      await expect(again.getByText(/저장했습니다 \(버전 2\)/)).toBeVisible();

      // Saved: nothing is offered any more.
      const third = await context.newPage();
      await third.goto(url);
      await expect(third.getByLabel("본문 (Markdown)")).toHaveValue(
        "## 초안\n\n탭이 닫혀도 남아야 하는 문장입니다.\n",
      );
      await expect(third.getByText("아직 저장하지 않은 글이 있습니다")).toHaveCount(0);

      // Typed and saved within the autosave's pause: no stale copy of the saved text is kept, to be
      // offered as "not yet saved" once the article moves on (here, back to version 2).
      const fourth = await context.newPage();
      await fourth.goto(url);
      await fourth.getByLabel("본문 (Markdown)").fill("## 초안\n\n곧바로 저장한 문장입니다.\n");
      await fourth.getByRole("button", { name: "저장", exact: true }).click();
      await expect(fourth.getByText(/저장했습니다 \(버전 3\)/)).toBeVisible();
      await fourth.waitForTimeout(4_000); // past the autosave's pause of 3 s
      await fourth.getByRole("link", { name: "변경 기록·되돌리기" }).click();
      fourth.once("dialog", (dialog) => dialog.accept());
      await fourth
        .getByRole("listitem")
        .filter({ hasText: /^버전 2/ })
        .getByRole("button", { name: "이 버전으로 되돌리기" })
        .click();
      await expect(fourth.getByText("새 버전(버전 4)으로 저장했습니다")).toBeVisible();
      const fifth = await context.newPage();
      await fifth.goto(url);
      await expect(fifth.getByLabel("본문 (Markdown)")).toHaveValue(
        "## 초안\n\n탭이 닫혀도 남아야 하는 문장입니다.\n",
      );
      await expect(fifth.getByText("아직 저장하지 않은 글이 있습니다")).toHaveCount(0);
    },
  );

  test(
    "the 태그 field suggests tags already in use as the editor types",
    { tag: "@desk" },
    async ({ page }) => {
      await openWorkspaceAs(page, e2eAccounts.editor);
      await page.goto("/admin/programs/new");
      const tags = page.getByLabel("태그").filter({ visible: true });
      await tags.fill("창업, 청");
      await page.getByRole("button", { name: "청년 태그 넣기", exact: true }).click();
      await expect(tags).toHaveValue("창업, 청년, ");
      await expect(tags).toBeFocused();
      // A tag already chosen is not offered again.
      await tags.pressSequentially("청");
      await expect(page.getByRole("button", { name: "청년 태그 넣기", exact: true })).toHaveCount(
        0,
      );
    },
  );

  test("cells pasted from a spreadsheet become a Markdown table with a 자료 line", async ({
    page,
  }, testInfo) => {
    const project = testInfo.project.name;
    await openWorkspaceAs(page, e2eAccounts.editor);
    await createDraft(page, `붙여 넣은 표 ${project}`, `e2e-pasted-table-${project}`);
    const body = page.getByLabel("본문 (Markdown)").filter({ visible: true });
    await body.fill("## 수출 동향\n");
    await body.press("End");
    // What Excel puts on the clipboard: HTML and tab-separated text.
    await pasteInto(body, {
      text: "품목\t2023\t증감률(%)\r\n반도체\t1,640\t-2.6\r\n",
      html: "<table><tr><td>품목</td><td>2023</td><td>증감률(%)</td></tr><tr><td>반도체</td><td>1,640</td><td>-2.6</td></tr></table>",
    });
    await expect(body).toHaveValue(
      "## 수출 동향\n\n| 품목 | 2023 | 증감률(%) |\n| --- | ---: | ---: |\n| 반도체 | 1,640 | -2.6 |\n\n자료: ",
    );
    await expect(page.getByText("붙여 넣은 표를 Markdown 표로 바꿨습니다")).toBeVisible();
    // The cursor waits after 자료: for the source.
    await page.keyboard.type("한국무역협회");
    await expect(body).toHaveValue(/\n\n자료: 한국무역협회$/);
    if (project === "mobile") await page.getByRole("tab", { name: "미리보기" }).click();
    await expect(
      page.getByRole("region", { name: "미리보기" }).getByRole("cell", { name: "1,640" }),
    ).toBeVisible();
  });

  test("a refused form keeps what the editor typed and says what to fix", async ({ page }) => {
    await openWorkspaceAs(page, e2eAccounts.editor);
    await page.goto("/admin/programs/new");
    await page.getByLabel("사업명").fill("입력 확인용 지원사업");
    await page.getByLabel("사업 ID").fill("Bad ID");
    await page.getByLabel("접수 시작일").fill("2026-12-10");
    await page.getByLabel("접수 마감일").fill("2026-12-01");
    await page.getByRole("button", { name: "초안으로 만들기" }).click();
    await expect(page.getByText("입력한 내용을 확인하세요.")).toBeVisible();
    await expect(
      page.getByText("사업 ID는 영문 소문자, 숫자, 하이픈으로 입력하세요"),
    ).toBeVisible();
    await expect(page.getByText("소관기관을 입력하세요")).toBeVisible();
    await expect(page.getByLabel("사업명")).toHaveValue("입력 확인용 지원사업");
  });

  test("a save whose request gets no answer keeps the form filled in and says so", async ({
    page,
  }) => {
    await openWorkspaceAs(page, e2eAccounts.editor);
    await page.goto("/admin/programs/new");
    await page.getByLabel("사업명").fill("연결이 끊긴 사이에 쓴 지원사업");
    await page.getByLabel("소관기관").fill("인천광역시");
    // The connection drops as the editor saves: the server action's request never gets through.
    await page.route("**/admin/programs/new", (route) =>
      route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
    );
    await page.getByRole("button", { name: "초안으로 만들기" }).click();
    await expect(page.getByText("서버에 연결하지 못했습니다")).toBeVisible();
    await expect(page.getByLabel("사업명")).toHaveValue("연결이 끊긴 사이에 쓴 지원사업");
    await expect(page.getByLabel("소관기관")).toHaveValue("인천광역시");
    await expect(page.getByText("이 화면을 열지 못했습니다")).toHaveCount(0);
  });

  test("a sign-in with a field missing or malformed names that field, keeps the focus there and asks nothing", async ({
    page,
  }) => {
    await page.goto("/admin/login");
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/auth/callback")) asked.push(request.url());
    });
    const message = page.locator("form").getByRole("alert");
    const email = page.getByLabel("이메일");
    const password = page.getByLabel("비밀번호");
    const signInButton = page.getByRole("button", { name: "로그인" });
    await signInButton.click();
    await expect(message).toHaveText("이메일을 입력하세요.");
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("이메일을 입력하세요.");

    await email.fill("editor-at-example");
    await password.fill("whatever-password");
    await signInButton.click();
    await expect(message).toContainText("이메일 주소 형식이 아닙니다");
    await expect(email).toBeFocused();

    await email.fill(e2eAccounts.editor);
    await password.fill("");
    await page.keyboard.press("Enter");
    await expect(message).toHaveText("비밀번호를 입력하세요.");
    await expect(password).toBeFocused();
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(email).not.toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("");
    expect(asked).toEqual([]);

    // A refusal keeps the keyboard in the form, on the password to type again (an address no
    // account has, so no test account moves towards its lock).
    await email.fill("nobody-login-form@example.com");
    await password.fill("wrong-password");
    await signInButton.click();
    await expect(message).toContainText("틀리면");
    await expect(password).toBeFocused();
  });

  test(
    "five failed sign-ins lock the account for 15 minutes, even for the right password",
    { tag: "@desk" },
    async ({ page }) => {
      const email = e2eAccounts.lockout;
      await page.goto("/admin/login");
      await page.getByLabel("이메일").fill(email);
      for (let attempt = 1; attempt <= 5; attempt++) {
        await page.getByLabel("비밀번호").fill(`wrong-password-${attempt}`);
        await page.getByRole("button", { name: "로그인" }).click();
        await expect(
          page.getByText(attempt < 5 ? `${5 - attempt}번 더 틀리면` : "15분 동안 잠겼습니다"),
        ).toBeVisible();
      }
      await page.getByLabel("비밀번호").fill(e2ePassword);
      await page.getByRole("button", { name: "로그인" }).click();
      await expect(page.getByText("15분 동안 잠겼습니다")).toBeVisible();
      await expect(page).toHaveURL(/\/admin\/login/);
    },
  );

  test(
    "an admin disables an editor and the editor's open session is refused at the next request",
    { tag: "@desk" },
    async ({ browser }) => {
      const email = e2eAccounts.disabled;
      const editorContext = await browser.newContext();
      const editor = await editorContext.newPage();
      await signIn(editor, email);
      await editor.goto("/admin/courses/new");
      await editor.getByLabel("과정명").fill("세션이 끝난 뒤 저장하려는 과정");

      const adminContext = await browser.newContext();
      const admin = await adminContext.newPage();
      await openWorkspaceAs(admin, e2eAccounts.admin);
      await admin.goto("/admin/users");
      const row = admin.getByRole("listitem").filter({ hasText: email });
      admin.once("dialog", (dialog) => dialog.accept());
      await row.getByRole("button", { name: "사용 중지" }).click();
      await expect(admin.getByText(`${email} 계정을 사용 중지했습니다`)).toBeVisible();

      // The open form's next action is refused and keeps the typed text; the next page load signs out.
      await editor.getByRole("button", { name: "초안으로 만들기" }).click();
      await expect(editor.getByText("로그인이 필요합니다")).toBeVisible();
      await expect(editor.getByLabel("과정명")).toHaveValue("세션이 끝난 뒤 저장하려는 과정");
      await editor.goto("/admin/courses");
      await expect(editor).toHaveURL(/\/admin\/login/);
      await editorContext.close();
      await adminContext.close();
    },
  );

  test(
    "a changed course id keeps its old address working: 308 to the new one",
    { tag: "@desk" },
    async ({ page, request }) => {
      const [from, to] = ["kdt2023-it-09", "kdt2023-it-09-renamed"];
      await openWorkspaceAs(page, e2eAccounts.editor);
      await page.goto(`/admin/courses?q=${from}`);
      await page.getByRole("row").filter({ hasText: from }).getByRole("link").first().click();
      await expect(page.getByLabel("과정 ID")).toHaveValue(from);
      await page.getByLabel("과정 ID").fill(to);
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await expect(page.getByText(/저장했습니다/)).toBeVisible();
      const old = await request.get(`/courses/${from}`, { maxRedirects: 0 });
      expect(old.status()).toBe(308);
      // Next (16.4, cacheComponents) may repeat the header; every copy must name the new address.
      const locations = old
        .headersArray()
        .filter((header) => header.name.toLowerCase() === "location")
        .map((header) => header.value);
      expect(new Set(locations)).toEqual(new Set([`/courses/${to}`]));
      expect((await request.get(`/courses/${to}`)).status()).toBe(200);
    },
  );

  test("an editor cannot open the users page", async ({ page }) => {
    await openWorkspaceAs(page, e2eAccounts.editor);
    await expect(page.getByRole("link", { name: "사용자" })).toHaveCount(0);
    await page.goto("/admin/users");
    await expect(page.getByText("관리자만 볼 수 있는 화면입니다.")).toBeVisible();
  });

  test("axe finds no violations on the workspace pages", async ({ page }) => {
    test.setTimeout(120_000);
    await openWorkspaceAs(page, e2eAccounts.admin);
    for (const path of [
      "/admin",
      "/admin/issues",
      "/admin/courses",
      "/admin/courses/new",
      "/admin/import",
      "/admin/search",
      "/admin/audit",
      "/admin/users",
      "/admin/tags",
    ]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
});
