"use server";

import { createHash } from "node:crypto";
import { afterContentChange } from "@/lib/admin/after-write";
import { catalogTag } from "@/lib/cache/tags";
import { ActionError, formAction } from "@/lib/auth/action";
import { db } from "@/lib/db/client";
import { parseUpload, UploadError, uploadFormat, type ImportFormat } from "./parse";
import { applyImport, planImport, type ImportPlan } from "./plan";
import type { ImportReport, ImportState } from "./report";
import { importSchema } from "./schema";

// The dry run rolls its transaction back on purpose, so nothing it read can be half-written.
class DryRun extends Error {
  constructor(readonly plan: ImportPlan) {
    super("dry run");
  }
}

export const importRecords = formAction(
  "editor",
  importSchema,
  async (input, editor): Promise<ImportState> => {
    let format: ImportFormat;
    let rows: Record<string, unknown>[];
    let bytes: ArrayBuffer;
    try {
      format = uploadFormat(input.file);
      bytes = await input.file.arrayBuffer();
      rows = parseUpload(format, bytes);
    } catch (error) {
      if (error instanceof UploadError) {
        throw new ActionError(error.message, "invalid", { file: error.message });
      }
      throw error;
    }
    const clearMissing = input.clearMissing === "yes";
    // What was previewed: the file, and what it was read as.
    const fingerprint = createHash("sha256")
      .update(`${input.entity}\0${clearMissing}\0`)
      .update(Buffer.from(bytes))
      .digest("hex");
    const apply = input.intent === "apply";
    if (apply && input.previewed !== fingerprint) {
      throw new ActionError(
        "미리 본 파일이나 선택과 다릅니다. 먼저 미리 보기로 확인하세요.",
        "invalid",
      );
    }

    let plan: ImportPlan;
    try {
      plan = await db.transaction(async (tx) => {
        const planned = await planImport(tx, input.entity, format, rows, { clearMissing });
        if (!apply) throw new DryRun(planned);
        if (planned.rejected.length > 0) {
          throw new ActionError(
            `받을 수 없는 행이 ${planned.rejected.length}개 있어 아무것도 적용하지 않았습니다. 파일을 고친 뒤 다시 미리 보세요.`,
            "invalid",
          );
        }
        await applyImport(tx, input.entity, planned, editor.id, input.file.name);
        return planned;
      });
    } catch (error) {
      if (!(error instanceof DryRun)) throw error;
      plan = error.plan;
    }
    if (apply) await afterContentChange([catalogTag[input.entity]]);

    const report: ImportReport = {
      entity: input.entity,
      fileName: input.file.name,
      fingerprint,
      applied: apply,
      toAdd: plan.toAdd.map(({ where, externalId, title }) => ({ where, externalId, title })),
      toUpdate: plan.toUpdate.map(({ where, externalId, title, changed }) => ({
        where,
        externalId,
        title,
        changed,
      })),
      unchanged: plan.unchanged,
      rejected: plan.rejected,
    };
    const counts = `추가 ${plan.toAdd.length}개, 변경 ${plan.toUpdate.length}개, 그대로 ${plan.unchanged}개, 거부 ${plan.rejected.length}개`;
    return {
      status: "ok",
      message: apply
        ? `적용했습니다: ${counts}. 새 항목은 초안입니다.`
        : `미리 보기 (아직 적용 안 함): ${counts}.`,
      report,
    };
  },
);
