"use server";

import { eq } from "drizzle-orm";
import { refresh } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, formAction } from "@/lib/auth/action";
import { db } from "@/lib/db/client";
import { media } from "@/lib/db/schema";
import { requiredText } from "@/lib/forms/fields";
import { ImageRefusal, prepareImage } from "./images";
import { isMediaId, servedWidths, type MediaImage } from "./paths";
import { removeImageFiles, saveImageFiles } from "./store";
import { mediaUses } from "./usage";

const uploadSchema = z.object({
  file: z
    .instanceof(File, { message: "이미지 파일을 고르세요" })
    .refine((file) => file.size > 0 || file.name !== "", "이미지 파일을 고르세요"),
  alt: requiredText("대체 텍스트", 300),
});

export type UploadedImage = { status: "ok"; message: string; image: MediaImage & { alt: string } };

/**
 * Stores an image for a figure (contributors write figures too). The file is checked by its
 * content, its sizes are written, then its row and audit line in one transaction; the same file
 * uploaded again is the same image.
 */
export const uploadImage = formAction(
  "contributor",
  uploadSchema,
  async (input, editor): Promise<UploadedImage> => {
    let prepared;
    try {
      prepared = await prepareImage(Buffer.from(await input.file.arrayBuffer()));
    } catch (error) {
      // The reason goes beside the file field; the form's message says only that nothing was stored.
      if (error instanceof ImageRefusal)
        throw new ActionError("이미지를 올리지 못했습니다.", "invalid", { file: error.message });
      throw error;
    }
    // The same file uploaded again is already stored (its id is its content): nothing to write.
    const [stored] = await db.select({ id: media.id }).from(media).where(eq(media.id, prepared.id));
    try {
      if (!stored) await saveImageFiles(prepared);
    } catch (error) {
      console.error(`media: could not store ${prepared.id}`, error);
      throw new ActionError("이미지를 저장하지 못했습니다. 잠시 뒤에 다시 올리세요.");
    }
    const fileName = input.file.name.slice(0, 200) || "붙여 넣은 이미지";
    await db.transaction(async (tx) => {
      await tx
        .insert(media)
        .values({
          id: prepared.id,
          fileName,
          format: prepared.format,
          bytes: input.file.size,
          width: prepared.width,
          height: prepared.height,
          alt: input.alt,
          createdBy: editor.id,
        })
        .onConflictDoNothing();
      await recordAudit(tx, {
        userId: editor.id,
        action: "media.upload",
        entity: "media",
        entityId: prepared.id,
        details: { file: fileName, width: prepared.width, height: prepared.height },
      });
    });
    const { id, width, height } = prepared;
    // The library lists the new image (an open editor keeps what is on its screen).
    refresh();
    return {
      status: "ok",
      message: `‘${fileName}’ 이미지를 올렸습니다 (${width}×${height}).`,
      image: { id, width, height, alt: input.alt },
    };
  },
);

const deleteSchema = z.object({
  id: z.string().refine(isMediaId, "지울 이미지를 고르세요"),
});

/** Deletes an image no article uses; one in use is refused with the articles that use it. */
export const deleteImage = formAction("editor", deleteSchema, async (input, editor) => {
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(media).where(eq(media.id, input.id));
    if (!row) throw new ActionError("이미지를 찾을 수 없습니다. 이미 지웠을 수 있습니다.");
    const uses = (await mediaUses(tx)).get(input.id) ?? [];
    if (uses.length > 0)
      throw new ActionError(
        `이 이미지를 쓰는 기사가 있어 지울 수 없습니다: ${uses.map((use) => `‘${use.title}’`).join(", ")}. 기사에서 먼저 빼세요.`,
        "conflict",
      );
    await tx.delete(media).where(eq(media.id, input.id));
    await recordAudit(tx, {
      userId: editor.id,
      action: "media.delete",
      entity: "media",
      entityId: input.id,
      details: { file: row.fileName },
    });
    return row;
  });
  // The row is gone, so the image is no longer served; files left by a failure here are unreachable.
  await removeImageFiles(input.id, servedWidths(removed.width)).catch((error: unknown) =>
    console.error(`media: could not remove the files of ${input.id}`, error),
  );
  refresh();
  return { status: "ok", message: `‘${removed.fileName}’ 이미지를 지웠습니다.` };
});
