"use server";

import { createHash } from "node:crypto";
import { afterContentChange } from "@/lib/admin/after-write";
import { catalogTag } from "@/lib/cache/tags";
import { ActionError, formAction } from "@/lib/auth/action";
import { db } from "@/lib/db/client";
import { OfficialFileError, officialFileSource } from "@/lib/sources/official-file";
import { importOfficialFile } from "./official";
import { decodeUtf8, parseUpload, UploadError, uploadFormat, type ImportFormat } from "./parse";
import { applyImport, planImport, unknownColumns, type ImportPlan } from "./plan";
import type { ImportReport, ImportState } from "./report";
import { importSchema } from "./schema";

// The dry run rolls its transaction back on purpose, so nothing it read can be half-written.
class DryRun extends Error {
  constructor(readonly plan: ImportPlan) {
    super("dry run");
  }
}

/** Why the file cannot be read, beside the file field; the form's alert says only that. */
const unreadable = (error: Error) =>
  new ActionError("이 파일은 가져올 수 없습니다. 파일 칸 아래의 안내를 확인하세요.", "invalid", {
    file: error.message,
  });

export const importRecords = formAction(
  "editor",
  importSchema,
  async (input, editor): Promise<ImportState> => {
    let format: ImportFormat;
    let bytes: ArrayBuffer;
    let official: Awaited<ReturnType<typeof officialFileSource>> = null;
    try {
      format = uploadFormat(input.file);
      bytes = await input.file.arrayBuffer();
      if (format !== "csv") official = await officialFileSource(decodeUtf8(bytes));
    } catch (error) {
      if (error instanceof UploadError || error instanceof OfficialFileError)
        throw unreadable(error);
      throw error;
    }
    const clearMissing = input.clearMissing === "yes";
    // What was previewed: the file, and what it was read as.
    const fingerprint = createHash("sha256")
      .update(`${input.entity}\0${clearMissing}\0`)
      .update(Buffer.from(bytes))
      .digest("hex");
    const apply = input.intent === "apply";
    // A file's preview is the file's fingerprint and, for a CSV or JSON file, the versions of the
    // records it names (fingerprint.versions).
    const [previewedFile, previewedVersions] = (input.previewed ?? "").split(".");
    if (apply && previewedFile !== fingerprint) {
      throw new ActionError(
        "미리 본 파일이나 선택과 다릅니다. 먼저 미리 보기로 확인하세요.",
        "invalid",
      );
    }
    if (official) {
      const report = await importOfficialFile(official, {
        entity: input.entity,
        apply,
        fileName: input.file.name,
        fingerprint,
        editorId: editor.id,
      });
      // The sync expired the catalog's pages; its search rows are pushed once the answer is sent.
      if (apply) await afterContentChange([catalogTag[input.entity]]);
      return { status: "ok", message: officialMessage(report), report };
    }
    let rows: Record<string, unknown>[];
    try {
      rows = parseUpload(format, bytes);
    } catch (error) {
      if (error instanceof UploadError) throw unreadable(error);
      throw error;
    }
    // A CSV's columns are one header for every row: a wrong one is the file's fault, said once.
    const unknown = format === "csv" ? unknownColumns(input.entity, rows[0]!) : [];
    if (unknown.length > 0) {
      throw unreadable(
        new UploadError(
          `첫 줄에 알 수 없는 열이 있습니다: ${unknown.join(", ")}. 쓸 수 있는 열은 양식 파일의 첫 줄에 있습니다.`,
        ),
      );
    }

    let plan: ImportPlan;
    try {
      plan = await db.transaction(async (tx) => {
        const planned = await planImport(tx, input.entity, format, rows, { clearMissing });
        if (!apply) throw new DryRun(planned);
        if (planned.versions !== previewedVersions) {
          throw new ActionError(
            "미리 본 뒤에 다른 편집자나 동기화가 이 파일의 항목을 바꿨습니다. 적용하면 그 변경을 되돌릴 수 있어 아무것도 적용하지 않았습니다. 다시 미리 보세요.",
            "conflict",
          );
        }
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
      fingerprint: `${fingerprint}.${plan.versions}`,
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

function officialMessage(report: ImportReport) {
  const counts = `추가 ${report.toAdd.length}개, 변경 ${report.toUpdate.length}개, 그대로 ${report.unchanged}개, 거부 ${report.rejected.length}개`;
  const kept = report.official?.kept.length
    ? ` 편집자가 고친 값은 그대로 둡니다(${report.official.kept.length}개).`
    : "";
  return report.applied
    ? `${report.official?.label} 파일을 동기화처럼 적용했습니다: ${counts}. 거부된 항목은 빼고 적용했고, 새 항목은 바로 공개됩니다.${kept}`
    : `${report.official?.label} 파일 미리 보기 (아직 적용 안 함): ${counts}. 적용하면 새 항목은 동기화처럼 바로 공개되고, 거부된 항목은 빠집니다.${kept}`;
}
