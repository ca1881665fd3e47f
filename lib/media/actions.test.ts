import { existsSync } from "node:fs";
import path from "node:path";
import { desc, eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { articleAutosaves, articleRevisions, articles, auditLog, media } from "@/lib/db/schema";
import { dataDir } from "@/lib/env";
import { signInAs, submit } from "@/test/actions";
import { seededDatabase } from "@/test/db";
import { deleteImage, uploadImage } from "./actions";
import { mediaImagePath } from "./paths";
import { readImageFile } from "./store";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

const pngFile = async (name: string, background: string) =>
  new File(
    [
      new Uint8Array(
        await sharp({ create: { width: 1000, height: 500, channels: 3, background } })
          .png()
          .toBuffer(),
      ),
    ],
    name,
    { type: "image/png" },
  );

type Uploaded = { status: "ok"; image: { id: string; width: number; height: number } };

describe("the media library's actions", () => {
  beforeAll(async () => {
    await seededDatabase();
  });

  it("a contributor uploads an image: its sizes are stored and served, with a row and an audit line", async () => {
    const user = await signInAs("contributor");
    const result = (await submit(uploadImage, {
      file: await pngFile("수출 추이.png", "#1d4ed8"),
      alt: "인천 반도체 수출이 2023년에 줄었다가 2024년 1분기에 늘어난 막대그래프",
    })) as unknown as Uploaded;
    expect(result).toMatchObject({ status: "ok", image: { width: 1000, height: 500 } });
    const { id } = result.image;
    const [row] = await db.select().from(media).where(eq(media.id, id));
    expect(row).toMatchObject({ fileName: "수출 추이.png", format: "png", createdBy: user.id });
    expect(await readImageFile(id, 480)).not.toBeNull();
    expect(await readImageFile(id, 1000)).not.toBeNull();
    const [audit] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: "media.upload", entity: "media", entityId: id });
  });

  it("refuses a file that is not an image, and a missing description, storing nothing", async () => {
    await signInAs("editor");
    const before = (await db.select().from(media)).length;
    const fake = await submit(uploadImage, {
      file: new File(["<html>not an image</html>"], "photo.png", { type: "image/png" }),
      alt: "사진",
    });
    expect(fake).toMatchObject({
      status: "error",
      fieldErrors: { file: expect.stringContaining("이미지로 읽을 수 없는 파일입니다") },
    });
    const noAlt = await submit(uploadImage, { file: await pngFile("a.png", "#000"), alt: " " });
    expect(noAlt).toMatchObject({ status: "error", fieldErrors: { alt: expect.any(String) } });
    expect((await db.select().from(media)).length).toBe(before);
  });

  it("refuses to delete an image an article uses — saved, autosaved or in an earlier version — and deletes it once unused", async () => {
    const editor = await signInAs("editor");
    const { image } = (await submit(uploadImage, {
      file: await pngFile("재사용.png", "#15803d"),
      alt: "초록 사각형",
    })) as unknown as Uploaded;
    const [article] = await db.select().from(articles).limit(1);
    const markdown = `\n\n![초록 사각형](${mediaImagePath(image)})\n`;
    await db
      .update(articles)
      .set({ body: article!.body + markdown })
      .where(eq(articles.id, article!.id));

    const refused = await submit(deleteImage, { id: image.id });
    expect(refused).toMatchObject({
      status: "error",
      code: "conflict",
      message: expect.stringContaining(`‘${article!.title}’`),
    });
    expect(await readImageFile(image.id, 480)).not.toBeNull();

    // Taken out of the saved text but still in an editor's autosaved text: still in use.
    await db.update(articles).set({ body: article!.body }).where(eq(articles.id, article!.id));
    await db.insert(articleAutosaves).values({
      articleId: article!.id,
      userId: editor.id,
      baseVersion: article!.version,
      fields: { body: article!.body + markdown },
      savedAt: new Date(),
    });
    expect(await submit(deleteImage, { id: image.id })).toMatchObject({ code: "conflict" });

    await db.delete(articleAutosaves).where(eq(articleAutosaves.articleId, article!.id));
    // Only in an earlier version, which can be restored: still in use.
    const [revision] = await db
      .insert(articleRevisions)
      .values({
        articleId: article!.id,
        version: 9_999,
        title: article!.title,
        summary: article!.summary,
        body: article!.body + markdown,
        category: article!.category,
        tags: article!.tags,
      })
      .returning();
    expect(await submit(deleteImage, { id: image.id })).toMatchObject({ code: "conflict" });

    await db.delete(articleRevisions).where(eq(articleRevisions.id, revision!.id));
    expect(await submit(deleteImage, { id: image.id })).toMatchObject({
      status: "ok",
      message: "‘재사용.png’ 이미지를 지웠습니다.",
    });
    expect(await db.select().from(media).where(eq(media.id, image.id))).toEqual([]);
    expect(existsSync(path.join(dataDir, "media", image.id))).toBe(false);
  });

  it("does not let a contributor delete images", async () => {
    await signInAs("contributor");
    const { image } = (await submit(uploadImage, {
      file: await pngFile("기고.png", "#7c3aed"),
      alt: "보라 사각형",
    })) as unknown as Uploaded;
    expect(await submit(deleteImage, { id: image.id })).toMatchObject({ code: "forbidden" });
    expect(await readImageFile(image.id, 480)).not.toBeNull();
  });
});
