"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { ActionError, formAction } from "@/lib/auth/action";
import { formatDateTime } from "@/lib/dates/dates";
import { db } from "@/lib/db/client";
import { articleAutosaves, articles } from "@/lib/db/schema";
import { id } from "@/lib/forms/fields";
import { autosaveSchema, autosavedFields, clearAutosave } from "./autosave";
import { articleFormValues } from "./form-values";

// An autosave is the editor's own scratch copy: it changes nothing the public or other editors
// see, so it writes no revision, no search-outbox row and no audit row (one per pause in typing
// would bury the log); saving the article is what is recorded.

/** Keeps what the editor has on screen, at a pause in typing. */
export const autosaveArticle = formAction("contributor", autosaveSchema, async (input, editor) => {
  const [article] = await db.select().from(articles).where(eq(articles.id, input.id));
  if (!article) throw new ActionError("기사를 찾을 수 없습니다. 삭제되었을 수 있습니다.");
  const fields = Object.fromEntries(autosavedFields.map((name) => [name, input[name]]));
  // Text that is the saved article needs no scratch copy; one kept would be offered back later
  // as "not yet saved" once the article moved on to another version.
  const saved = articleFormValues(article);
  if (autosavedFields.every((name) => fields[name]?.trim() === saved[name]?.trim())) {
    await db.transaction((tx) => clearAutosave(tx, input.id, editor.id));
    return { status: "ok" as const, message: "저장한 글과 같습니다." };
  }
  const savedAt = new Date();
  await db
    .insert(articleAutosaves)
    .values({ articleId: input.id, userId: editor.id, baseVersion: input.version, fields, savedAt })
    .onConflictDoUpdate({
      target: [articleAutosaves.articleId, articleAutosaves.userId],
      set: { baseVersion: input.version, fields, savedAt },
    });
  return { status: "ok" as const, message: `${formatDateTime(savedAt)}에 자동 저장했습니다.` };
});

/** 버리기: the autosaved text goes; the article stays as last saved. */
export const discardAutosave = formAction(
  "contributor",
  z.object({ id }),
  async (input, editor) => {
    await db.transaction((tx) => clearAutosave(tx, input.id, editor.id));
    return { status: "ok" as const, message: "자동 저장한 글을 버렸습니다." };
  },
);
