"use server";

import { josa } from "es-hangul";
import { z } from "zod";
import { afterContentChange } from "@/lib/admin/after-write";
import { ActionError, formAction } from "@/lib/auth/action";
import { bulletinTags, cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { listSeparator, requiredText } from "@/lib/forms/fields";
import { tagUsage } from "./known";
import { renameTag } from "./rename";

const renameSchema = z
  .object({ from: requiredText("바꿀 태그", 40), to: requiredText("새 이름", 40) })
  .refine((input) => input.from !== input.to, {
    path: ["to"],
    message: "지금과 다른 이름을 입력하세요",
  })
  // Every tag field splits there: the next save of a record would make two tags of it.
  .refine((input) => !listSeparator.test(input.to), {
    path: ["to"],
    message: "쉼표(,)나 세미콜론(;)은 쓸 수 없습니다. 태그 칸에서 태그를 나누는 기호입니다",
  });

export const renameTagAction = formAction("admin", renameSchema, async (input, editor) => {
  const merged = (await tagUsage()).some((usage) => usage.tag === input.to);
  const { counts, changedArticles } = await db.transaction(async (tx) => {
    const renamed = await renameTag(tx, input.from, input.to, editor.id);
    const { counts } = renamed;
    if (counts.articles + counts.courses + counts.programs === 0)
      throw new ActionError(`‘${input.from}’ 태그를 쓰는 기록이 없습니다.`, "invalid", {
        from: "목록에 있는 태그를 고르세요",
      });
    return renamed;
  });
  // Tag pages list all three kinds of record; an article's own page shows its tags.
  await afterContentChange([
    cacheTags.courses,
    cacheTags.programs,
    ...changedArticles.flatMap((article) => bulletinTags(article)),
    cacheTags.issues,
  ]);
  const what = `기사 ${counts.articles}개, 훈련과정 ${counts.courses}개, 지원사업 ${counts.programs}개`;
  return {
    status: "ok",
    message: merged
      ? `‘${input.from}’ 태그를 ‘${input.to}’ 태그에 합쳤습니다 (${what}).`
      : `‘${input.from}’ 태그의 이름을 ‘${input.to}’${josa.pick(input.to, "으로/로")} 바꿨습니다 (${what}).`,
  };
});
