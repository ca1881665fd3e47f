"use server";

import { redirect } from "next/navigation";
import { afterContentChange } from "@/lib/admin/after-write";
import { formAction } from "@/lib/auth/action";
import { cacheTags } from "@/lib/cache/tags";
import { bulkOperationLabels } from "@/lib/catalog/operations";
import { applyBulkOperation, saveCatalogRecord } from "@/lib/catalog/records";
import { bulkSchema, deleteSchema } from "@/lib/catalog/schema";
import { db } from "@/lib/db/client";
import { courseFormSchema } from "./schema";

export const saveCourse = formAction("editor", courseFormSchema, async (input, editor) => {
  const { id, version, ...record } = input;
  const saved = await db.transaction((tx) =>
    saveCatalogRecord(tx, "course", { id, version }, record, editor.id),
  );
  if (!saved.changed) return { status: "ok", message: "바뀐 내용이 없어 그대로 두었습니다." };
  await afterContentChange([cacheTags.courses]);
  if (id === undefined) redirect(`/admin/courses/${saved.id}?created=1`);
  return {
    status: "ok",
    message: `저장했습니다 (버전 ${saved.version}).`,
    savedVersion: saved.version,
  };
});

export const bulkUpdateCourses = formAction("editor", bulkSchema, async (input, editor) => {
  const count = await db.transaction((tx) =>
    applyBulkOperation(tx, "course", input.ids, input.operation, editor.id),
  );
  await afterContentChange([cacheTags.courses]);
  return {
    status: "ok",
    message: `과정 ${count}개를 ${bulkOperationLabels[input.operation]}했습니다.`,
  };
});

export const deleteCourse = formAction("editor", deleteSchema, async (input, editor) => {
  await db.transaction((tx) => applyBulkOperation(tx, "course", [input.id], "delete", editor.id));
  await afterContentChange([cacheTags.courses]);
  redirect("/admin/courses?deleted=1");
});
