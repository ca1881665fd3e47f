import "server-only";
import { drainSearchOutbox } from "./outbox";
import { applyIndexSettings, findDrift, reindexAll, warmUp } from "./sync";

/**
 * Brings the indexes in line with the database at start-up: declared settings applied, the outbox
 * drained, and a full rebuild when document counts still differ (a new or wiped Meilisearch).
 */
export async function prepareSearchIndexes(log: (line: string) => void = console.log) {
  await applyIndexSettings();
  const drained = await drainSearchOutbox();
  if (drained.failed > 0) throw new Error(`${drained.failed} outbox item(s) failed to sync`);
  const drift = await findDrift();
  if (drift.length > 0) {
    log(
      `search: rebuilding indexes (${drift.map((d) => `${d.index} ${d.indexed}/${d.published}`).join(", ")})`,
    );
    await reindexAll();
  }
  // The first search after start-up loads the indexes from disk; do it before residents do.
  await warmUp();
}
