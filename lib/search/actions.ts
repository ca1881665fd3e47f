"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, formAction, noInput } from "@/lib/auth/action";
import { db } from "@/lib/db/client";
import { searchOutbox } from "@/lib/db/schema";
import { drainSearchOutbox, pendingOutbox } from "./outbox";

/** Makes every waiting outbox row due now and drains the outbox while the editor waits. */
export const retrySearchSync = formAction("editor", noInput, async (_input, editor) => {
  await db.transaction(async (tx) => {
    await tx.update(searchOutbox).set({ nextAttemptAt: new Date() }).where(pendingOutbox);
    await recordAudit(tx, { userId: editor.id, action: "search.retry", entity: "search" });
  });
  const result = await drainSearchOutbox();
  revalidatePath("/admin/search");
  if (result.failed > 0) {
    throw new ActionError(
      `${result.failed}건은 이번에도 색인하지 못했습니다. 아래 오류를 확인하세요. 남은 항목은 자동으로 다시 시도합니다.`,
    );
  }
  return {
    status: "ok",
    message: `${result.synced}건을 색인했습니다. 남은 항목: ${result.remaining}건.`,
  };
});
