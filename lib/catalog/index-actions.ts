"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, formAction, noInput } from "@/lib/auth/action";
import { db } from "@/lib/db/client";
import { RebuildBusyError, reindexAll } from "@/lib/search/sync";
import { indexSettings } from "./index-settings";

/** Rebuilds every index from the database into fresh indexes and swaps them in. */
export const rebuildSearchIndexes = formAction("admin", noInput, async (_input, admin) => {
  let counts: Record<string, number>;
  try {
    counts = await reindexAll(indexSettings);
  } catch (error) {
    if (error instanceof RebuildBusyError)
      throw new ActionError(
        "다른 요청이 지금 색인을 다시 만들고 있습니다. 그 작업이 끝난 뒤 결과를 확인하세요.",
      );
    throw new ActionError(`색인을 다시 만들지 못했습니다: ${(error as Error).message}`);
  }
  await db.transaction((tx) =>
    recordAudit(tx, {
      userId: admin.id,
      action: "search.reindex",
      entity: "search",
      details: counts,
    }),
  );
  revalidatePath("/admin/search");
  return {
    status: "ok",
    message: `색인을 새로 만들어 바꿨습니다: ${Object.entries(counts)
      .map(([name, n]) => `${name} ${n}건`)
      .join(", ")}`,
  };
});
