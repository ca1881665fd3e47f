import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { e2eAccounts } from "./support/accounts";
import {
  createDraft,
  koreanLocalTime,
  publicArticleTitles,
  saveArticle,
  openWorkspaceAs,
} from "./support/admin";
import { pasteInto } from "./support/clipboard";

// A portal of its own (see e2e/support/global-setup.ts): this test changes content.
test.use({ baseURL: process.env.E2E_ADMIN_URL });

// The month's work end to end, as an editor does it: a new issue, three articles (a pasted table,
// an uploaded figure, a chart), a reviewer's look through a link, the issue scheduled and live,
// the feed and search showing it, and a changed address that still answers.
test(
  "the monthly issue: written, reviewed, scheduled, live, in the feed and search; a moved article still answers",
  { tag: "@desk" },
  async ({ page, browser, request }) => {
    test.setTimeout(300_000);
    const slug = "2031-05";
    const issueTitle = `월간 흐름 시험호 ${slug}`;
    const token = "monthlyflow";
    await openWorkspaceAs(page, e2eAccounts.editor);

    await page.goto("/admin/issues");
    await page.getByLabel("호 (연도-월)").fill(slug);
    await page.getByLabel("제목").fill(issueTitle);
    await page.getByLabel("요약").fill(`${token} 이달의 경제·산업 동향입니다.`);
    await page.getByRole("button", { name: "초안으로 만들기" }).click();
    await expect(page.getByRole("heading", { level: 1, name: issueTitle })).toBeVisible();
    const issuePage = page.url();

    const articles = [
      { title: `수출 동향 ${token}`, slug: "exports", section: "issue" },
      { title: `반도체 생산 ${token}`, slug: "chips", section: "industry" },
      { title: `고용 지표 ${token}`, slug: "jobs", section: "policy" },
    ];
    const body = page.getByLabel("본문 (Markdown)").filter({ visible: true });
    const save = async () => {
      await page.getByLabel("요약").filter({ visible: true }).fill(`${token} 요약입니다.`);
      await saveArticle(page);
    };

    // 1. A table pasted from a spreadsheet.
    await createDraft(page, articles[0]!.title, articles[0]!.slug, {
      section: articles[0]!.section,
      issue: issueTitle,
    });
    const firstArticlePage = page.url();
    await body.fill("## 수출\n");
    await body.press("End");
    await pasteInto(body, {
      text: "품목\t2024\n반도체\t1,640\n",
      html: "<table><tr><td>품목</td><td>2024</td></tr><tr><td>반도체</td><td>1,640</td></tr></table>",
    });
    await page.keyboard.type("한국무역협회");
    await save();

    // 2. A figure pasted as an image.
    await createDraft(page, articles[1]!.title, articles[1]!.slug, {
      section: articles[1]!.section,
      issue: issueTitle,
    });
    await body.fill("## 생산\n");
    await body.press("End");
    const png = await sharp({
      create: { width: 900, height: 450, channels: 3, background: "#0f766e" },
    })
      .png()
      .toBuffer();
    await pasteInto(body, { file: { name: "생산.png", type: "image/png", bytes: png } });
    const figure = page.getByRole("group", { name: "〔그림 1〕 넣기" });
    await figure.getByLabel(/대체 텍스트/).fill("반도체 생산지수가 오른 선그래프");
    await figure.getByLabel(/그림 제목/).fill("반도체 생산지수");
    await figure.getByRole("button", { name: "올리고 본문에 넣기" }).click();
    await expect(body).toHaveValue(/!\[반도체 생산지수가 오른 선그래프\]\(\/media\//);
    await save();

    // 3. A chart from the toolbar.
    await createDraft(page, articles[2]!.title, articles[2]!.slug, {
      section: articles[2]!.section,
      issue: issueTitle,
    });
    await body.fill("## 고용\n");
    await body.press("End");
    await page.getByRole("toolbar", { name: "서식" }).getByRole("button", { name: "차트" }).click();
    await save();

    // A reviewer without an account reads the whole issue through a link.
    await page.goto(issuePage);
    const links = page.getByRole("region", { name: "검토 링크" });
    await links.getByRole("button", { name: "검토 링크 만들기" }).click();
    const link = await links.getByLabel("검토 링크").inputValue();
    const reviewer = await browser.newContext();
    const review = await reviewer.newPage();
    await review.goto(link);
    await expect(review.getByText("검토용 미리보기입니다")).toBeVisible();
    for (const article of articles)
      await expect(review.getByText(article.title).first()).toBeVisible();
    await reviewer.close();

    // Scheduled a few seconds ahead, with every article; the scheduler publishes it.
    expect((await request.get(`/issues/${slug}`)).status()).toBe(404);
    await page.getByLabel("발행일 (한국 시간)").fill(koreanLocalTime(8));
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "호와 고른 기사 발행·예약" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "예약했습니다" }).first(),
    ).toBeVisible();
    await expect
      .poll(async () => (await request.get(`/issues/${slug}`)).status(), { timeout: 45_000 })
      .toBe(200);

    // The feed and search show it.
    await expect
      .poll(async () => (await request.get("/feed.xml")).text(), { timeout: 15_000 })
      .toContain(articles[1]!.title);
    await expect
      .poll(() => publicArticleTitles(request, token), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(articles.map((article) => article.title)));
    await page.goto(`/issues/${slug}/${articles[1]!.slug}`);
    await expect(page.getByRole("img", { name: "반도체 생산지수가 오른 선그래프" })).toBeVisible();
    await page.goto(`/issues/${slug}/${articles[0]!.slug}`);
    await expect(page.getByRole("cell", { name: "1,640" })).toBeVisible();
    await page.goto(`/issues/${slug}/${articles[2]!.slug}`);
    await expect(page.getByRole("figure").filter({ hasText: "차트 제목" })).toBeVisible();

    // The address of a published article changes: the old one answers 308 to the new.
    await page.goto(firstArticlePage);
    await page.getByLabel("주소").fill("exports-2031");
    await expect(page.getByLabel("주소")).toHaveValue("exports-2031");
    await saveArticle(page);
    const old = await request.get(`/issues/${slug}/${articles[0]!.slug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(old.headers().location).toContain(`/issues/${slug}/exports-2031`);
  },
);
