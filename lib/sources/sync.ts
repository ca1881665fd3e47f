import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { and, desc, eq, inArray, isNotNull, isNull, lt, ne, or } from "drizzle-orm";
import pMap from "p-map";
import { recordAudit } from "@/lib/audit/record";
import { cacheTags, catalogTag, expireCacheTags } from "@/lib/cache/tags";
import { db, type Transaction } from "@/lib/db/client";
import { todayInSeoul } from "@/lib/dates/dates";
import { keepLease, releaseLease, takeLease } from "@/lib/db/lease";
import { courses, programs, syncRuns, type SourceName } from "@/lib/db/schema";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { sameValue } from "@/lib/db/same-value";
import { sourceFields, type SourceValues } from "./provenance";
import type { CatalogSource, Listing, Mapped, SourceRound } from "./source";

type SyncRun = typeof syncRuns.$inferSelect;

// One run of a source into the catalog. Records take the editors' path (row, search outbox and
// audit in one transaction, in batches); a record gone from its source, or that it says has ended,
// is closed, never deleted; a field an editor changed is kept; and a run that looks wrong stops
// before writing anything.

const BATCH = 200;
const DETAIL_CONCURRENCY = 6;
const LEASE_MS = 30 * 60_000;
const DRY_RUN_MAX_MS = 6 * 60 * 60_000;
/** How many ids of each kind a run keeps for the admin page's diff (the counts are whole). */
const DIFF_LIMIT = 200;
/** A run is held for an admin when more than this share of rows is invalid, or of open records would close. */
export const MAX_INVALID_SHARE = 0.5;
export const MAX_CLOSE_SHARE = 0.3;

export type SyncReport = {
  source: SourceName;
  dryRun: boolean;
  outcome: "ok" | "held" | "failed";
  message?: string;
  /** Whether a batch has committed: a run that then fails has written part of its changes. */
  wroteAny?: boolean;
  added: string[];
  changed: { id: string; fields: string[] }[];
  unchanged: number;
  closed: string[];
  /** Fields kept as an editor left them, although the source now says otherwise. */
  kept: { id: string; fields: string[] }[];
  rejected: { id: string; reason: string }[];
};

export class SyncBusyError extends Error {
  name = "SyncBusyError";
}

// Where each kind of record lives. Both tables share the columns the engine writes (id,
// externalId, source, provenance, status, version), so one engine serves both.
const targets = {
  course: { table: courses, fields: sourceFields.course },
  program: { table: programs, fields: sourceFields.program },
} as const;
type Table = (typeof targets)[keyof typeof targets]["table"];

/** A stored record as the engine sees it: the shared columns and the source's fields by name. */
type Row = Record<string, unknown> & {
  id: number;
  externalId: string;
  version: number;
  startDate?: string | null;
  closedAt: Date | null;
  sourceValues: Record<string, unknown> | null;
};
type Incoming = Record<string, unknown> & { externalId: string };

const leaseKey = (source: SourceName) => `sync.lease.${source}`;

/** Takes the lease of a source for this run, or throws when another run holds it. */
async function takeSourceLease(source: SourceName, holder: string, now: Date) {
  const heldUntil = await takeLease(leaseKey(source), holder, LEASE_MS, now);
  if (heldUntil)
    throw new SyncBusyError(
      `${source} is being synced by another run until ${heldUntil.toISOString()}`,
    );
}

type Plan = {
  inserts: (Incoming & { sourceValues: SourceValues })[];
  updates: { row: Row; values: Record<string, unknown>; fields: string[] }[];
  touched: number[];
  closes: Row[];
};

/**
 * Whether a listed record is completed again today although its listing did not change: once a
 * week, on a weekday of its own (so a day's detail calls stay a seventh of the catalog), since
 * what only the detail calls give (hours, the trainee's share, outcomes) changes unlisted.
 */
export function weeklyRefresh(externalId: string, today: string) {
  const day = Date.parse(`${today}T00:00:00Z`) / 86_400_000;
  return (day + createHash("sha256").update(externalId).digest()[0]!) % 7 === 0;
}

/** Merges a source's new values into a row, keeping each field an editor changed. */
function merge(fields: readonly string[], row: Row, record: Incoming) {
  const before = (row.sourceValues ?? {}) as SourceValues;
  const values: Record<string, unknown> = {};
  const changed: string[] = [];
  const kept: string[] = [];
  for (const field of fields) {
    const current = row[field];
    const editorChanged = field in before && !sameValue(current, before[field]);
    if (editorChanged) {
      if (!sameValue(current, record[field])) kept.push(field);
      continue;
    }
    if (!sameValue(current, record[field])) {
      values[field] = record[field];
      changed.push(field);
    }
  }
  return { values, changed, kept };
}

export async function runSourceSync(
  source: CatalogSource,
  options: {
    dryRun?: boolean;
    approve?: boolean;
    now?: Date;
    /** The editor who asked for this run (audit and sync_runs); none for the schedule and CLI. */
    requestedBy?: number;
    /**
     * "file" for one answer an editor saved from the source: what it does not list is not
     * closed, what was closed is not reopened, and the catalog's "as of" date does not move.
     */
    origin?: "api" | "file";
  } = {},
): Promise<SyncReport> {
  const now = options.now ?? new Date();
  const today = todayInSeoul(now);
  const dryRun = options.dryRun ?? false;
  const holder = randomUUID();
  const { table, fields } = targets[source.entity];
  const report: SyncReport = {
    source: source.name,
    dryRun,
    outcome: "ok",
    added: [],
    changed: [],
    unchanged: 0,
    closed: [],
    kept: [],
    rejected: [],
  };
  if (!dryRun) {
    await takeSourceLease(source.name, holder, now);
    await endAbandonedRuns(source.name, now);
  }
  // What an approval approves: the source's last run from its API, when a safety check held it.
  // A file's apply needs none: the editor saw every row, and a file closes nothing.
  const bound = options.approve && options.origin !== "file";
  const approved = bound ? await lastRunIfHeld(source.name) : null;
  const [run] = await db
    .insert(syncRuns)
    .values({
      source: source.name,
      dryRun,
      outcome: "running",
      startedAt: now,
      requestedBy: options.requestedBy ?? null,
      origin: options.origin ?? "api",
    })
    .returning({ id: syncRuns.id });
  let wrote = false;
  // A run at real size (thousands of rounds, each with a detail call) may outlast the lease.
  const stopRenewing = dryRun ? () => {} : keepLease(leaseKey(source.name), holder, LEASE_MS);
  try {
    const listed: Listing<unknown> = await source.listRounds(today);
    report.rejected.push(...listed.rejected);
    const existing = await storedRows(table, source.name, [
      ...listed.rounds.map((round) => round.externalId),
      ...listed.rejected.map((rejection) => rejection.id),
    ]);
    const byId = new Map(existing.map((row) => [row.externalId, row]));
    const plan: Plan = { inserts: [], updates: [], touched: [], closes: [] };

    const toComplete = listed.rounds.filter((round: SourceRound<unknown>) => {
      const row = byId.get(round.externalId);
      const before = (row?.sourceValues ?? {}) as SourceValues;
      if (
        row &&
        before._fingerprint === round.fingerprint &&
        !row.closedAt &&
        !weeklyRefresh(round.externalId, today)
      ) {
        plan.touched.push(row.id);
        report.unchanged += 1;
        return false;
      }
      return true;
    });
    // Detail calls for new and changed records, a few at a time, in the listing's order. One
    // that fails (after its retries) refuses that record alone: it stays as it was, is asked
    // again next run, and too many refusals hold the run.
    let detailsMissing = 0;
    const completed = await pMap(
      toComplete,
      (round): Promise<Mapped<unknown>> =>
        source.complete(round.raw).catch((error: unknown) => {
          detailsMissing += 1;
          return { ok: false, reason: `상세 정보를 받지 못했습니다: ${(error as Error).message}` };
        }),
      { concurrency: DETAIL_CONCURRENCY },
    );
    // Listed but saying their application has ended: an open one is gone, as if not listed; a
    // closed one stays so (unchanged); a new one is refused with that reason, which is no sign of
    // a broken answer. A file closes nothing, so there each is a refusal like any other.
    const endedIds = new Set<string>();
    let endedRefused = 0;
    for (const [i, round] of toComplete.entries()) {
      const row = byId.get(round.externalId);
      const mapped = completed[i]!;
      if (!mapped.ok && mapped.ended && options.origin !== "file") {
        if (row) {
          endedIds.add(round.externalId);
          if (row.closedAt) report.unchanged += 1;
          continue;
        }
        endedRefused += 1;
      }
      if (!mapped.ok) {
        report.rejected.push({ id: round.externalId, reason: mapped.reason });
        continue;
      }
      if (row?.closedAt && options.origin === "file") {
        report.rejected.push({
          id: round.externalId,
          reason:
            "원천에서 사라지거나 접수가 끝나 마감으로 처리된 항목입니다. 파일로는 다시 열지 않습니다",
        });
        continue;
      }
      const record = mapped.record as Incoming;
      const sourceValues: SourceValues = { _fingerprint: round.fingerprint };
      for (const field of fields) sourceValues[field] = record[field];
      if (!row) {
        plan.inserts.push({ ...record, sourceValues });
        report.added.push(round.externalId);
        continue;
      }
      const { values, changed, kept } = merge(fields, row, record);
      if (kept.length > 0) report.kept.push({ id: row.externalId, fields: kept });
      if (changed.length === 0 && !row.closedAt) {
        report.unchanged += 1;
        // Completed again with nothing new (the weekly refresh): seen, and nothing to write.
        if (sameValue(row.sourceValues, sourceValues)) plan.touched.push(row.id);
        // Only the fingerprint moved (or an editor's value): remember what the source said.
        else plan.updates.push({ row, values: { sourceValues }, fields: [] });
        continue;
      }
      plan.updates.push({
        row,
        values: { ...values, sourceValues, closedAt: null },
        fields: changed,
      });
      report.changed.push({ id: row.externalId, fields: changed });
    }

    // Closed: open, no longer listed (or listed as ended), and (for a listing of a window)
    // starting inside it. A row the source still lists but sent unreadable is not gone. A listing that came cut short, or
    // is unsure it got every row, cannot say what is gone: it closes nothing, even when an admin
    // approves the run.
    const listedIds = new Set([
      ...listed.rounds.map((round) => round.externalId).filter((id) => !endedIds.has(id)),
      ...listed.rejected.map((rejection) => rejection.id),
    ]);
    const { window } = listed;
    const open = existing.filter(
      (row) =>
        !row.closedAt &&
        (window === null ||
          (row.startDate != null && row.startDate >= window.from && row.startDate <= window.to)),
    );
    const cutShort = listed.received < listed.expected || listed.unsure !== undefined;
    plan.closes =
      options.origin === "file" || cutShort
        ? []
        : open.filter((row) => !listedIds.has(row.externalId));
    report.closed = plan.closes.map((row) => row.externalId);

    if (listed.unsure) report.message = listed.unsure;
    const held =
      safetyStop(listed, report, endedRefused, open.length, plan.closes.length) ??
      // The detail service down while the listing works: most of what was asked is missing.
      (detailsMissing > 1 && detailsMissing / toComplete.length > MAX_INVALID_SHARE
        ? `상세 정보를 ${toComplete.length}건 중 ${detailsMissing}건 받지 못했습니다(상세 조회 장애)`
        : null);
    const beyond = held && bound ? beyondApproval(approved, report) : null;
    if (held && (!options.approve || beyond)) {
      report.outcome = "held";
      report.message = beyond ?? held;
    } else if (!dryRun) {
      // Batches commit one by one: when one fails, those before it are public already.
      wrote = report.added.length + report.changed.length + report.closed.length > 0;
      const { editedMeanwhile } = await write(
        source,
        table,
        plan,
        now,
        options.requestedBy ?? null,
        () => (report.wroteAny = true),
      );
      keepEditedMeanwhile(report, editedMeanwhile);
    }
    await finishRun(run!.id, report, now);
    return report;
  } catch (error) {
    report.outcome = "failed";
    report.message = (error as Error).message;
    report.wroteAny ??= false;
    await finishRun(run!.id, report, now);
    return report;
  } finally {
    stopRenewing();
    if (!dryRun) {
      // After finishRun: the home page's 자료 기준 reads the finished run, and moves with every
      // run, records changed or not.
      await expireCacheTags([cacheTags.catalogAsOf, ...(wrote ? [catalogTag[source.entity]] : [])]);
      await releaseLease(leaseKey(source.name), holder);
    }
  }
}

/**
 * The source's rows a run needs: every open one (to close what is gone), and the closed ones
 * listed again (to reopen). Closed rows pile up over the years and are otherwise left unread.
 */
async function storedRows(table: Table, source: SourceName, listedIds: string[]) {
  const target = table as typeof courses;
  const rows = await db
    .select()
    .from(target)
    .where(and(eq(target.source, source), isNull(target.closedAt)));
  for (let i = 0; i < listedIds.length; i += 500)
    rows.push(
      ...(await db
        .select()
        .from(target)
        .where(
          and(
            eq(target.source, source),
            isNotNull(target.closedAt),
            inArray(target.externalId, listedIds.slice(i, i + 500)),
          ),
        )),
    );
  return rows as unknown as Row[];
}

/** Reports the changes left out because an editor saved the row first as kept, not changed. */
function keepEditedMeanwhile(report: SyncReport, editedMeanwhile: Set<string>) {
  if (editedMeanwhile.size === 0) return;
  for (const change of report.changed.filter((change) => editedMeanwhile.has(change.id))) {
    const kept = report.kept.find((entry) => entry.id === change.id);
    if (kept) kept.fields = [...new Set([...kept.fields, ...change.fields])];
    else report.kept.push(change);
  }
  report.changed = report.changed.filter((change) => !editedMeanwhile.has(change.id));
}

/** The source's last finished run from its API, when a safety check held it; else null. */
async function lastRunIfHeld(name: SourceName) {
  const [last] = await db
    .select()
    .from(syncRuns)
    .where(
      and(eq(syncRuns.source, name), eq(syncRuns.origin, "api"), ne(syncRuns.outcome, "running")),
    )
    .orderBy(desc(syncRuns.id))
    .limit(1);
  return last?.outcome === "held" ? last : null;
}

/**
 * Why an approved run still may not write: an approval covers what the held run showed, not
 * whatever the source says by the time it is given. The run may close only what the held one
 * would have (by id while its list was whole, else by count) and refuse no more rows.
 */
function beyondApproval(approved: SyncRun | null, report: SyncReport): string | null {
  if (!approved)
    return "승인할 멈춘 실행이 없습니다. 미리 보기나 동기화로 멈춘 결과를 먼저 확인하세요";
  const counts = approved.counts ?? {};
  const heldClosed = counts.closed ?? 0;
  const listedWhole = heldClosed <= DIFF_LIMIT;
  const approvedIds = new Set(approved.diff?.closed ?? []);
  const extra = listedWhole
    ? report.closed.filter((id) => !approvedIds.has(id)).length
    : Math.max(report.closed.length - heldClosed, 0);
  const reasons = [
    extra > 0 && `승인한 결과에 없던 ${extra}건을 마감하게 됩니다`,
    report.rejected.length > (counts.rejected ?? 0) &&
      `올바르지 않은 항목이 승인한 결과보다 많습니다(${report.rejected.length}건, 승인 때 ${counts.rejected ?? 0}건)`,
  ].filter(Boolean);
  return reasons.length > 0
    ? `원천이 그사이 바뀌어 다시 멈췄습니다: ${reasons.join(", ")}. 새 결과를 확인한 뒤 다시 승인하세요`
    : null;
}

/** Why a run must wait for an admin, in the words the sources page shows, or null. */
function safetyStop(
  listed: Listing<unknown>,
  report: SyncReport,
  /** Refusals of sound rows (a new notice already ended): no sign of a broken answer. */
  excused: number,
  openCount: number,
  closing: number,
): string | null {
  if (listed.received < listed.expected)
    return `원천이 ${listed.expected}건이 있다면서 ${listed.received}건만 보냈습니다(잘린 목록). 승인해도 목록에 없는 항목은 마감하지 않습니다`;
  // Out of what the source listed for the portal: rows left out (another region's notices,
  // another field's national ones) would hide a broken answer behind a small share.
  const rows = listed.rounds.length + listed.rejected.length - excused;
  const invalid = report.rejected.length - excused;
  if (rows > 0 && invalid / rows > MAX_INVALID_SHARE)
    return `${rows}건 중 ${invalid}건이 올바르지 않습니다`;
  if (openCount > 0 && closing / openCount > MAX_CLOSE_SHARE)
    return `열린 ${openCount}건 중 ${closing}건을 마감하게 됩니다(${MAX_CLOSE_SHARE * 100}% 초과)`;
  return null;
}

async function write(
  source: CatalogSource,
  table: Table,
  plan: Plan,
  now: Date,
  userId: number | null,
  /** Told after each batch commits: a failure after that leaves part of the run written. */
  committed: () => void,
) {
  const { name, entity } = source;
  // The two tables share these columns; drizzle's builders are typed per table, so the engine
  // writes through the course table's type (the SQL names the table it is given).
  const target = table as typeof courses;
  const inBatches = async <T>(items: T[], each: (tx: Transaction, batch: T[]) => Promise<void>) => {
    for (let i = 0; i < items.length; i += BATCH) {
      await db.transaction((tx) => each(tx, items.slice(i, i + BATCH)));
      committed();
    }
  };
  await inBatches(plan.inserts, async (tx, batch) => {
    await tx.insert(target).values(
      batch.map(
        (record) =>
          ({
            ...record,
            source: name,
            status: "published" as const,
            firstSeenAt: now,
            lastSeenAt: now,
          }) as typeof courses.$inferInsert,
      ),
    );
    await enqueueSearchSync(
      tx,
      entity,
      batch.map((record) => record.externalId),
    );
    await recordAudit(tx, {
      userId,
      action: "sync.add",
      entity,
      details: { source: name, externalIds: batch.map((record) => record.externalId) },
    });
  });
  // An editor may have saved a row since it was read, while the detail calls ran: the merge was
  // made against the old row, so the row is left as the editor saved it. Its source values are
  // not recorded either, so the next run merges the source's change into the editor's version.
  const editedMeanwhile = new Set<string>();
  await inBatches(plan.updates, async (tx, batch) => {
    const written: typeof batch = [];
    for (const update of batch) {
      const { row, values } = update;
      // What the source said is the engine's bookkeeping: recording it alone is no new version
      // (an editor's open form stays current) and no change to the record's dates.
      const visible = update.fields.length > 0 || row.closedAt !== null;
      const [updated] = await tx
        .update(target)
        .set({
          ...values,
          lastSeenAt: now,
          ...(visible && { version: row.version + 1, updatedAt: now }),
        })
        .where(and(eq(target.id, row.id), eq(target.version, row.version)))
        .returning({ id: target.id });
      if (updated) written.push(update);
      else editedMeanwhile.add(row.externalId);
    }
    const changed = written.filter((update) => update.fields.length > 0 || update.row.closedAt);
    await enqueueSearchSync(
      tx,
      entity,
      changed.map((update) => update.row.externalId),
    );
    if (changed.length > 0)
      await recordAudit(tx, {
        userId,
        action: "sync.update",
        entity,
        details: {
          source: name,
          changes: changed.map((update) => ({ id: update.row.externalId, fields: update.fields })),
        },
      });
  });
  await inBatches(plan.touched, async (tx, batch) => {
    await tx.update(target).set({ lastSeenAt: now }).where(inArray(target.id, batch));
  });
  await inBatches(plan.closes, async (tx, batch) => {
    await tx
      .update(target)
      .set({ closedAt: now, updatedAt: now })
      .where(
        and(
          inArray(
            target.id,
            batch.map((row) => row.id),
          ),
          isNull(target.closedAt),
        ),
      );
    await enqueueSearchSync(
      tx,
      entity,
      batch.map((row) => row.externalId),
    );
    await recordAudit(tx, {
      userId,
      action: "sync.close",
      entity,
      details: { source: name, externalIds: batch.map((row) => row.externalId) },
    });
  });
  return { editedMeanwhile };
}

/**
 * Runs of this source still marked running that no process is doing: with its lease held, no
 * other real run is live, and a dry run (which takes none, and may outlast a lease at real
 * size) is over within DRY_RUN_MAX_MS. A server stopped mid-run left them; the sources page
 * would show them running for ever.
 */
async function endAbandonedRuns(source: SourceName, now: Date) {
  await db
    .update(syncRuns)
    .set({
      outcome: "failed",
      finishedAt: now,
      message: "끝나기 전에 멈췄습니다(서버가 중지되었거나 다시 시작됨)",
    })
    .where(
      and(
        eq(syncRuns.source, source),
        eq(syncRuns.outcome, "running"),
        or(
          eq(syncRuns.dryRun, false),
          lt(syncRuns.startedAt, new Date(now.getTime() - DRY_RUN_MAX_MS)),
        ),
      ),
    );
}

async function finishRun(id: number, report: SyncReport, now: Date) {
  await db
    .update(syncRuns)
    .set({
      outcome: report.outcome,
      finishedAt: new Date(Math.max(Date.now(), now.getTime())),
      counts: {
        added: report.added.length,
        changed: report.changed.length,
        unchanged: report.unchanged,
        closed: report.closed.length,
        rejected: report.rejected.length,
      },
      rejected: report.rejected.slice(0, 500),
      diff: {
        added: report.added.slice(0, DIFF_LIMIT),
        changed: report.changed.slice(0, DIFF_LIMIT),
        closed: report.closed.slice(0, DIFF_LIMIT),
        kept: report.kept.slice(0, DIFF_LIMIT),
      },
      message: report.message ?? null,
    })
    .where(eq(syncRuns.id, id));
}
