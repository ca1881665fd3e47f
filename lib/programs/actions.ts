"use server";

import { redirect } from "next/navigation";
import { afterContentChange } from "@/lib/admin/after-write";
import { formAction } from "@/lib/auth/action";
import { cacheTags } from "@/lib/cache/tags";
import { bulkOperationLabels } from "@/lib/catalog/operations";
import { applyBulkOperation, saveCatalogRecord } from "@/lib/catalog/records";
import { bulkSchema, deleteSchema } from "@/lib/catalog/schema";
import { db } from "@/lib/db/client";
import { programFormSchema } from "./schema";

export const saveProgram = formAction("editor", programFormSchema, async (input, editor) => {
  const { id, version, ...record } = input;
  const saved = await db.transaction((tx) =>
    saveCatalogRecord(tx, "program", { id, version }, record, editor.id),
  );
  if (!saved.changed) return { status: "ok", message: "바뀐 내용이 없어 그대로 두었습니다." };
  await afterContentChange([cacheTags.programs]);
  if (id === undefined) redirect(`/admin/programs/${saved.id}?created=1`);
  return {
    status: "ok",
    message: `저장했습니다 (버전 ${saved.version}).`,
    savedVersion: saved.version,
  };
});

export const bulkUpdatePrograms = formAction("editor", bulkSchema, async (input, editor) => {
  const count = await db.transaction((tx) =>
    applyBulkOperation(tx, "program", input.ids, input.operation, editor.id),
  );
  await afterContentChange([cacheTags.programs]);
  return {
    status: "ok",
    message: `지원사업 ${count}개를 ${bulkOperationLabels[input.operation]}했습니다.`,
  };
});

export const deleteProgram = formAction("editor", deleteSchema, async (input, editor) => {
  await db.transaction((tx) => applyBulkOperation(tx, "program", [input.id], "delete", editor.id));
  await afterContentChange([cacheTags.programs]);
  redirect("/admin/programs?deleted=1");
});
