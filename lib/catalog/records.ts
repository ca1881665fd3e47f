import { josa } from "es-hangul";
import { recordMovedPath } from "@/lib/routes/moved";
import "server-only";
import { and, eq, inArray, isNotNull, ne, type SQL } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { ActionError } from "@/lib/auth/action";
import type { Transaction } from "@/lib/db/client";
import { sameValue } from "@/lib/db/same-value";
import { courses, programs } from "@/lib/db/schema";
import { catalogEntityLabels, type CatalogEntity } from "./entities";
import { enqueueSearchSync } from "@/lib/search/outbox";
import type { BulkOperation } from "./operations";
import { coursePath, programPath } from "@/lib/routes/public";
import { sourceDisplayName } from "@/lib/sources/status";

// Courses and programs are edited the same way: a row keyed by id, an external id that is also
// the search document id and the public URL, a draft/published status and a version.

const tables = { course: courses, program: programs };

async function ensureExternalIdFree(
  tx: Transaction,
  entity: CatalogEntity,
  externalId: string,
  exceptId?: number,
) {
  const table = tables[entity];
  const [taken] = await tx
    .select({ id: table.id })
    .from(table)
    .where(
      exceptId === undefined
        ? eq(table.externalId, externalId)
        : and(eq(table.externalId, externalId), ne(table.id, exceptId)),
    );
  if (taken) {
    throw new ActionError("이미 쓰고 있는 ID입니다.", "invalid", {
      externalId: "이미 쓰고 있는 ID입니다",
    });
  }
}

/**
 * A record an official source (or its example data) feeds comes back at the source's next sync
 * if deleted, published and without the editor's changes; unpublishing it is what lasts, since a
 * sync never changes a record's status.
 */
async function refuseDeletingSourced(tx: Transaction, entity: CatalogEntity, chosen: SQL) {
  const table = tables[entity];
  const sourced = await tx
    .selectDistinct({ source: table.source })
    .from(table)
    .where(and(chosen, isNotNull(table.source)));
  if (sourced.length === 0) return;
  const names = sourced.map((row) => sourceDisplayName(row.source!)).join(", ");
  throw new ActionError(
    `${names}에서 가져온 ${catalogEntityLabels[entity]}${josa.pick(catalogEntityLabels[entity], "은/는")} 삭제해도 다음 동기화 때 다시 들어옵니다. 공개하지 않으려면 발행을 취소하세요. 동기화는 발행 상태를 바꾸지 않습니다. 아무것도 삭제하지 않았습니다.`,
  );
}

/** Publishes, unpublishes or deletes the chosen rows; each leaves an outbox and an audit row. */
export async function applyBulkOperation(
  tx: Transaction,
  entity: CatalogEntity,
  ids: number[],
  operation: BulkOperation,
  userId: number,
) {
  const table = tables[entity];
  const chosen = inArray(table.id, ids);
  if (operation === "delete") await refuseDeletingSourced(tx, entity, chosen);
  const changed =
    operation === "delete"
      ? await tx
          .delete(table)
          .where(chosen)
          .returning({ id: table.id, externalId: table.externalId })
      : await tx
          .update(table)
          .set({
            status: operation === "publish" ? "published" : "draft",
            // An editor's choice: `npm run seed` leaves the record as it is from now on.
            seedHash: null,
            updatedAt: new Date(),
          })
          .where(chosen)
          .returning({ id: table.id, externalId: table.externalId });
  if (changed.length === 0)
    throw new ActionError("고른 항목을 찾을 수 없습니다. 화면을 새로 고치세요.");
  await enqueueSearchSync(
    tx,
    entity,
    changed.map((row) => row.externalId),
  );
  for (const row of changed) {
    await recordAudit(tx, {
      userId,
      action: `${entity}.${operation}`,
      entity,
      entityId: row.id,
      details: { externalId: row.externalId },
    });
  }
  return changed.length;
}

type Tables = typeof tables;
export type CatalogRecord<E extends CatalogEntity> = Tables[E]["$inferInsert"];

/**
 * Writes an editor's values over the row only if it is still at `version`, and moves it to the
 * next version; undefined when someone else changed it first. An editor's write detaches the row
 * from the seed (see lib/db/schema.ts).
 */
export async function updateAtVersion<E extends CatalogEntity>(
  tx: Transaction,
  entity: E,
  id: number,
  version: number,
  record: CatalogRecord<E>,
) {
  const table: Tables[E] = tables[entity];
  const values: CatalogRecord<E> = {
    ...record,
    version: version + 1,
    seedHash: null,
    updatedAt: new Date(),
  };
  const [updated] = await tx
    .update(table)
    // Drizzle cannot relate set()'s type to a table picked by a type parameter; `values` is
    // checked above as this entity's own insert type.
    .set(values as never)
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning({ id: table.id, externalId: table.externalId, version: table.version });
  return updated;
}

/**
 * Creates a draft (no id) or updates the row at the version the editor loaded; a newer version in
 * the database means someone else saved first, and nothing is written.
 */
export async function saveCatalogRecord<E extends CatalogEntity>(
  tx: Transaction,
  entity: E,
  target: { id?: number; version?: number },
  record: CatalogRecord<E>,
  userId: number,
) {
  const table: Tables[E] = tables[entity];
  await ensureExternalIdFree(tx, entity, record.externalId, target.id);
  if (target.id === undefined) {
    const [created] = await tx.insert(table).values(record).returning({
      id: table.id,
      externalId: table.externalId,
      version: table.version,
    });
    await enqueueSearchSync(tx, entity, [created!.externalId]);
    await recordAudit(tx, {
      userId,
      action: `${entity}.create`,
      entity,
      entityId: created!.id,
      details: { externalId: created!.externalId, title: record.title },
    });
    return { ...created!, changed: true };
  }
  const conflict = (latestVersion?: number) =>
    new ActionError(
      `다른 편집자나 동기화가 먼저 저장했습니다. 이 화면의 입력은 그대로 남아 있습니다.${
        latestVersion ? "" : " 새 탭에서 최신 내용을 본 뒤 다시 저장하세요."
      }`,
      "conflict",
      undefined,
      latestVersion,
    );
  const [current] = await tx.select().from(table).where(eq(table.id, target.id));
  if (!current)
    throw new ActionError(
      `${josa(catalogEntityLabels[entity], "을/를")} 찾을 수 없습니다. 삭제되었을 수 있습니다.`,
    );
  if (current.version !== target.version) throw conflict(current.version);
  if (current.source && record.externalId !== current.externalId)
    throw new ActionError("입력한 내용을 확인하세요.", "invalid", {
      externalId: `${sourceDisplayName(current.source)}의 ID라 바꿀 수 없습니다. 바꾸면 다음 동기화 때 이 ID로 새 ${catalogEntityLabels[entity]}${josa.pick(catalogEntityLabels[entity], "이/가")} 생깁니다`,
    });
  // Saving what is already saved makes no version and no log line.
  const unchanged = Object.entries(record).every(([field, value]) =>
    sameValue(value, (current as Record<string, unknown>)[field]),
  );
  if (unchanged)
    return {
      id: target.id,
      externalId: current.externalId,
      version: current.version,
      changed: false,
    };
  const updated = await updateAtVersion(tx, entity, target.id, current.version, record);
  if (!updated) throw conflict();
  // A changed id is a changed address: the old one answers 308 to the new one.
  const pathOf = entity === "course" ? coursePath : programPath;
  await recordMovedPath(tx, pathOf(current.externalId), pathOf(updated.externalId));
  await enqueueSearchSync(tx, entity, [...new Set([current.externalId, updated.externalId])]);
  await recordAudit(tx, {
    userId,
    action: `${entity}.update`,
    entity,
    entityId: target.id,
    details: { externalId: updated.externalId, title: record.title, version: updated.version },
  });
  return { ...updated, changed: true };
}
