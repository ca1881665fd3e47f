import "server-only";
import { drainSearchOutbox } from "./outbox";
import { indexEntities, type IndexSettings } from "./indexes";
import { publishedCount, syncDocuments } from "./published";
import { applyIndexSettings, findDrift, RebuildBusyError, reindexAll, warmUp } from "./sync";

/**
 * Brings the indexes in line with the database at start-up: the catalogs' settings applied
 * (lib/catalog/index-settings.ts), the outbox drained, then the documents the indexes lack or hold
 * in excess synced (compared by id).
 */
export async function prepareSearchIndexes(
  settings: IndexSettings,
  log: (line: string) => void = console.log,
) {
  await applyIndexSettings(settings);
  const drained = await drainSearchOutbox();
  if (drained.failed > 0) throw new Error(`${drained.failed} outbox item(s) failed to sync`);
  // Which documents the indexes lack or hold in excess: those are synced one by one (a wiped or
  // new Meilisearch lacks them all, which a full rebuild fills faster).
  const drift = await findDrift();
  for (const { index, missing, extra } of drift) {
    log(`search: ${index} lacks ${missing.length} and holds ${extra.length} extra document(s)`);
    const entity = indexEntities[index];
    const total = await publishedCount(entity);
    if (missing.length <= total / 2) {
      await syncDocuments(entity, [...missing, ...extra]);
      continue;
    }
    // A rebuild makes every index whole, this one and those after it.
    try {
      await reindexAll(settings);
    } catch (error) {
      if (!(error instanceof RebuildBusyError)) throw error;
      log(`search: ${error.message}; that rebuild fills the indexes`);
    }
    break;
  }
  // The first search after start-up loads the indexes from disk; do it before residents do.
  await warmUp();
}
