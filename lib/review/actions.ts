"use server";

import { and, eq, isNull } from "drizzle-orm";
import { refresh } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, formAction } from "@/lib/auth/action";
import { formatDateTime } from "@/lib/dates/dates";
import { db, type Transaction } from "@/lib/db/client";
import { previewLinks } from "@/lib/db/schema";
import { siteUrl } from "@/lib/env";
import { id } from "@/lib/forms/fields";
import type { FormState } from "@/lib/forms/state";
import { previewPath } from "@/lib/routes/public";
import { createPreviewLink, shownTarget, type PreviewTarget } from "./links";

export type PreviewLinkState = FormState | { status: "ok"; message: string; link: string };

const targetSchema = z.object({
  entity: z.enum(["article", "issue"], { error: "무엇의 링크인지 알 수 없습니다" }),
  entityId: id,
});

/** The target's name for the change log; refuses one that is gone or in the trash. */
async function targetTitle(tx: Transaction, target: PreviewTarget) {
  const shown = await shownTarget(tx, target);
  if (!shown)
    throw new ActionError(
      "링크를 만들 대상을 찾을 수 없습니다. 삭제되었거나 휴지통에 있을 수 있습니다.",
    );
  return shown.title;
}

export const createReviewLink = formAction<typeof targetSchema, PreviewLinkState>(
  "editor",
  targetSchema,
  async (target, editor) => {
    const { token, expiresAt } = await db.transaction(async (tx) => {
      const title = await targetTitle(tx, target);
      const { token, link } = await createPreviewLink(tx, target, editor.id);
      await recordAudit(tx, {
        userId: editor.id,
        action: `${target.entity}.share-preview`,
        entity: target.entity,
        entityId: target.entityId,
        details: { title, linkId: link.id, expiresAt: link.expiresAt.toISOString() },
      });
      return { token, expiresAt: link.expiresAt };
    });
    // The workspace page lists the links that work: show the new one there too.
    refresh();
    return {
      status: "ok",
      message: `검토 링크를 만들었습니다. ${formatDateTime(expiresAt)}까지 열립니다. 링크는 지금만 보여 드리니 복사해 두세요.`,
      link: new URL(previewPath(token), siteUrl).toString(),
    };
  },
);

export const revokeReviewLink = formAction("editor", z.object({ id }), async (input, editor) => {
  await db.transaction(async (tx) => {
    const [link] = await tx
      .update(previewLinks)
      .set({ revokedAt: new Date() })
      .where(and(eq(previewLinks.id, input.id), isNull(previewLinks.revokedAt)))
      .returning();
    if (!link) throw new ActionError("이미 취소되었거나 없는 링크입니다.");
    const title = await targetTitle(tx, link).catch(() => null);
    await recordAudit(tx, {
      userId: editor.id,
      action: `${link.entity}.revoke-preview`,
      entity: link.entity,
      entityId: link.entityId,
      details: { title, linkId: link.id },
    });
  });
  refresh();
  return { status: "ok", message: "검토 링크를 취소했습니다. 이제 그 링크로는 열리지 않습니다." };
});
