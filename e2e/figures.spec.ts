import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { e2eAccounts } from "./support/accounts";
import { createDraft, saveArticle, openWorkspaceAs } from "./support/admin";
import { expectNoAxeViolations } from "./support/axe";
import { dropOnto, pasteInto } from "./support/clipboard";

// A portal of its own (see e2e/support/global-setup.ts): these tests change content.
test.use({ baseURL: process.env.E2E_ADMIN_URL });

/** Whether the browser loaded the image (a refused or missing one has no pixels). */
const loaded = (image: Locator) =>
  image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

async function scrollIntoViewAndWait(page: Page, image: Locator) {
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => loaded(image), { timeout: 10_000 }).toBe(true);
}

test(
  "a pasted image becomes a described figure, published at its reserved size; the library keeps it while used",
  { tag: "@desk" },
  async ({ page }) => {
    test.setTimeout(120_000);
    const width = 1100;
    const title = "그림 기사";
    const slug = "e2e-figure";
    await openWorkspaceAs(page, e2eAccounts.editor);
    await createDraft(page, title, slug, { section: "industry" });

    const body = page.getByLabel("본문 (Markdown)").filter({ visible: true });
    await body.fill("## 수출 추이\n");
    await body.press("End");

    // From the toolbar: a file that only claims to be a PNG is refused by its content.
    await page
      .getByRole("toolbar", { name: "서식" })
      .getByRole("button", { name: "이미지" })
      .click();
    const panel = page.getByRole("group", { name: "〔그림 1〕 넣기" });
    await panel.getByLabel("이미지 파일").setInputFiles({
      name: "수출.png",
      mimeType: "image/png",
      buffer: Buffer.from("품목,2023\n반도체,1640\n"),
    });
    await panel.getByLabel(/대체 텍스트/).fill("가짜 그림");
    await panel.getByRole("button", { name: "올리고 본문에 넣기" }).click();
    await expect(panel.getByRole("alert")).toContainText("이미지로 읽을 수 없는 파일입니다");
    await expect(body).toHaveValue("## 수출 추이\n");
    await panel.getByRole("button", { name: "취소" }).click();

    const png = await sharp({
      create: {
        width,
        height: 500,
        channels: 3,
        background: "#b91c1c",
      },
    })
      .png()
      .toBuffer();
    // Dropped from the desktop: the same panel, with the file.
    await dropOnto(body, { file: { name: "dropped.png", type: "image/png", bytes: png } });
    await expect(panel.getByText("고른 파일: dropped.png")).toBeVisible();
    await panel.getByRole("button", { name: "취소" }).click();
    await expect(panel).toBeHidden();
    // Pasted: the panel opens with the image; no description, no upload.
    await pasteInto(body, { file: { name: "export.png", type: "image/png", bytes: png } });
    await expect(panel).toBeVisible();
    await expect(panel.getByText("고른 파일: export.png")).toBeVisible();
    await panel.getByRole("button", { name: "올리고 본문에 넣기" }).click();
    await expect(panel.getByRole("alert")).toContainText("그림의 내용을 글로 적으세요");
    const alt = "인천 반도체 수출이 2023년에 줄고 2024년 1분기에 다시 늘어난 막대그래프";
    await panel.getByLabel(/대체 텍스트/).fill(alt);
    await panel.getByLabel(/그림 제목/).fill("인천 반도체 수출 추이");
    await panel.getByLabel("자료 (출처)").fill("한국무역협회");
    await panel.getByRole("button", { name: "올리고 본문에 넣기" }).click();
    await expect(panel).toBeHidden();
    await expect(body).toHaveValue(
      new RegExp(
        `^## 수출 추이\\n\\n〔그림 1〕 인천 반도체 수출 추이\\n\\n!\\[${alt}\\]\\(/media/[0-9a-f]{16}/${width}x500\\.webp\\)\\n\\n자료: 한국무역협회\\n$`,
      ),
    );
    await expect(
      page.getByRole("status").filter({ hasText: "〔그림 1〕로 넣었습니다" }),
    ).toBeVisible();
    await scrollIntoViewAndWait(
      page,
      page.getByRole("region", { name: "미리보기" }).getByRole("img", { name: alt }),
    );

    await page.getByLabel("요약").filter({ visible: true }).fill("그림이 든 기사입니다.");
    await saveArticle(page);
    await page.getByRole("button", { name: "지금 발행" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "발행했습니다" }).first(),
    ).toBeVisible();

    // The public page reserves the figure's box and offers every size.
    await page.goto(`/issues/2024-04/${slug}`);
    const figure = page.getByRole("img", { name: alt });
    await expect(figure).toHaveAttribute("width", String(width));
    await expect(figure).toHaveAttribute("height", "500");
    await expect(figure).toHaveAttribute(
      "srcset",
      /480\.webp 480w, .*800\.webp 800w, .*\.webp \d+w$/,
    );
    await scrollIntoViewAndWait(page, figure);
    const src = (await figure.getAttribute("src"))!;
    const served = await page.request.get(src);
    expect(served.headers()["content-type"]).toBe("image/webp");
    expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    await expect(page.getByText("자료: 한국무역협회")).toBeVisible();

    // The library lists it with the article that uses it, and offers no 삭제 for it.
    await page.goto("/admin/media");
    // Both browsers upload an image of their own width at once.
    const item = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("img", { name: alt }) })
      .filter({ hasText: `${width}×500` });
    await expect(item).toContainText("쓰는 기사:");
    await expect(item.getByRole("link", { name: title })).toBeVisible();
    await expect(item.getByRole("button", { name: "삭제" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  },
);

test(
  "the library takes an image without an article, refuses a bad one, and deletes one no article uses",
  { tag: "@desk" },
  async ({ page }) => {
    await openWorkspaceAs(page, e2eAccounts.editor);
    await page.goto("/admin/media");
    const upload = page
      .locator("form")
      .filter({ has: page.getByRole("button", { name: "올리기" }) });
    await upload.getByLabel(/이미지 파일/).setInputFiles({
      name: "empty.png",
      mimeType: "image/png",
      buffer: Buffer.alloc(0),
    });
    await upload.getByLabel(/대체 텍스트/).fill("빈 파일");
    await upload.getByRole("button", { name: "올리기" }).click();
    await expect(upload.getByText("빈 파일입니다. 이미지 파일을 고르세요.")).toBeVisible();

    const png = await sharp({
      create: {
        width: 700,
        height: 302,
        channels: 3,
        background: "#f59e0b",
      },
    })
      .png()
      .toBuffer();
    const name = "라이브러리.png";
    await upload
      .getByLabel(/이미지 파일/)
      .setInputFiles({ name, mimeType: "image/png", buffer: png });
    await upload.getByLabel(/대체 텍스트/).fill("주황색 사각형");
    await upload.getByRole("button", { name: "올리기" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: `‘${name}’ 이미지를 올렸습니다` }),
    ).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: name });
    await expect(item).toContainText("쓰는 기사가 없습니다.");
    await expect(item.getByRole("textbox")).toHaveValue(
      new RegExp(`^!\\[주황색 사각형\\]\\(/media/[0-9a-f]{16}/700x302\\.webp\\)$`),
    );

    page.once("dialog", (dialog) => void dialog.accept());
    await item.getByRole("button", { name: "삭제" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
  },
);
