"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { afterContentChange } from "@/lib/admin/after-write";
import { catalogTag } from "@/lib/cache/tags";
import { redirect } from "next/navigation";
import { setTimeout as sleep } from "node:timers/promises";
import { josa } from "es-hangul";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { ActionError, formAction } from "@/lib/auth/action";
import { db } from "@/lib/db/client";
import { catalogEntities } from "@/lib/catalog/entities";
import { courses, programs } from "@/lib/db/schema";
import { id, version } from "@/lib/forms/fields";
import { drainSearchOutbox, enqueueSearchSync } from "@/lib/search/outbox";
import { officialSources, type OfficialSource } from "./configured";
import { sourceFields, type SourcedEntity } from "./provenance";
import { syncOneSource } from "./run";
import { sourceLabels } from "./status";
import { SyncBusyError, type SyncReport } from "./sync";

// A run can take minutes against the real service: the editor waits this long for its result,
// after which it goes on in the background and the page shows it as 진행 중.
const WAIT_MS = 8_000;

const sourceInput = z.object({
  source: z.enum(officialSources, { error: "알 수 없는 원천입니다" }),
});

function summary(report: SyncReport) {
  return `추가 ${report.added.length}, 변경 ${report.changed.length}, 변경 없음 ${report.unchanged}, 종료 ${report.closed.length}, 거부 ${report.rejected.length}`;
}

async function runAndWait(
  source: OfficialSource,
  options: { dryRun?: boolean; approve?: boolean; requestedBy: number },
) {
  const name = sourceLabels[source].name;
  const run = syncOneSource(source, options).then(async (report) => {
    if (!options.dryRun) await drainSearchOutbox().catch(() => undefined);
    return report;
  });
  // A run still going when the editor stops waiting must not end as an unhandled rejection.
  run.catch(() => undefined);
  let report: SyncReport | null;
  try {
    report = await Promise.race([run, sleep(WAIT_MS, null)]);
  } catch (error) {
    if (error instanceof SyncBusyError)
      throw new ActionError(
        `${josa(name, "은/는")} 이미 동기화 중입니다. 끝난 뒤 다시 시도하세요.`,
      );
    throw new ActionError(`${name} 동기화를 시작하지 못했습니다: ${(error as Error).message}`);
  }
  revalidatePath("/admin/sources");
  if (report === null)
    return {
      status: "ok" as const,
      message: `${name} 동기화가 진행 중입니다. 잠시 뒤 이 화면을 새로 고치면 결과가 보입니다.`,
    };
  if (report.outcome === "failed")
    throw new ActionError(
      `${name} 동기화가 실패했습니다. ${
        report.wroteAny
          ? "쓰는 도중이라 일부 변경은 이미 반영되었을 수 있습니다. 다음 동기화가 나머지를 맞춥니다."
          : "아무것도 바꾸지 않았습니다."
      } (원인: ${report.message})`,
    );
  if (report.outcome === "held")
    throw new ActionError(
      options.dryRun
        ? `${name} 미리 보기: 지금 동기화하면 쓰기 전에 멈춥니다: ${report.message}. 관리자가 아래 변경 예정 목록을 확인하고 승인해야 반영됩니다. (${summary(report)})`
        : `${name} 동기화를 쓰기 전에 멈췄습니다: ${report.message}. 아래 변경 예정 목록을 확인한 뒤 승인하세요. 승인하면 이 결과만큼만 씁니다. (${summary(report)})`,
    );
  return {
    status: "ok" as const,
    message: `${name} ${options.dryRun ? "미리 보기 (아무것도 바꾸지 않음)" : "동기화 완료"}: ${summary(report)}`,
  };
}

/** A dry run: what a sync would add, change and close, written nowhere but the run's record. */
export const previewSourceSync = formAction("editor", sourceInput, async ({ source }, editor) =>
  runAndWait(source, { dryRun: true, requestedBy: editor.id }),
);

/** A sync now, as the schedule would run it; `approve` lets a run the safety checks held write. */
export const syncSourceNow = formAction(
  "admin",
  sourceInput.extend({ approve: z.literal("yes").optional() }),
  async ({ source, approve }, admin) =>
    runAndWait(source, { approve: approve === "yes", requestedBy: admin.id }),
);

const tables = { course: courses, program: programs } as const;

/**
 * Gives a record back the value its source gives for one field an editor had changed, so later
 * syncs follow the source again ("원천과 다름" goes away).
 */
export const takeSourceValue = formAction(
  "editor",
  z.object({
    entity: z.enum(catalogEntities),
    id,
    version,
    field: z.string().min(1),
  }),
  async ({ entity, id: recordId, version: expected, field }, editor) => {
    const fields: readonly string[] = sourceFields[entity as SourcedEntity];
    if (!fields.includes(field)) throw new ActionError("원천에서 오는 항목이 아닙니다.", "invalid");
    // Both tables share the columns written here; drizzle's builders are typed per table.
    const table = tables[entity] as typeof courses;
    await db.transaction(async (tx) => {
      const [row] = await tx.select().from(table).where(eq(table.id, recordId));
      if (!row) throw new ActionError("항목을 찾을 수 없습니다. 삭제되었을 수 있습니다.");
      if (row.version !== expected)
        throw new ActionError(
          "그사이 다른 편집자나 동기화가 이 항목을 바꿨습니다. 새로 고친 뒤 다시 시도하세요.",
          "conflict",
        );
      const given = row.sourceValues ?? {};
      if (!(field in given))
        throw new ActionError("원천이 이 항목의 값을 주지 않았습니다.", "invalid");
      await tx
        .update(table)
        .set({ [field]: given[field], version: row.version + 1, updatedAt: new Date() })
        .where(and(eq(table.id, recordId), eq(table.version, expected)));
      await enqueueSearchSync(tx, entity, [row.externalId]);
      await recordAudit(tx, {
        userId: editor.id,
        action: "record.take_source_value",
        entity,
        entityId: recordId,
        details: { field, source: row.source },
      });
    });
    await afterContentChange([catalogTag[entity]]);
    // A fresh page: the form's fields show the value taken, not the one typed before.
    redirect(`/admin/${entity}s/${recordId}?took=${field}&v=${expected + 1}`);
  },
);
