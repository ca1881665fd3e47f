import "server-only";
import { and, asc, count, eq, gt } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { searchOutbox, systemState } from "@/lib/db/schema";
import { searchClient, indexUid } from "./client";
import { indexEntities, indexNames } from "./indexes";
import { pendingOutbox } from "./outbox";
import { publishedCount } from "./published";

/** What the editors' search panel shows: backlog, failures, the last good sync and index sizes. */
export async function searchIndexStatus() {
  const [[backlog], failing, [lastSync]] = await Promise.all([
    db.select({ count: count() }).from(searchOutbox).where(pendingOutbox),
    db
      .select()
      .from(searchOutbox)
      .where(and(pendingOutbox, gt(searchOutbox.attempts, 0)))
      .orderBy(asc(searchOutbox.id))
      .limit(100),
    db.select().from(systemState).where(eq(systemState.key, "search.lastSuccessfulSync")),
  ]);
  const indexes = await Promise.all(
    indexNames.map(async (name) => {
      const published = await publishedCount(indexEntities[name]);
      // null: Meilisearch did not answer (the panel says so instead of failing).
      const indexed = await (async () =>
        (await searchClient().index(indexUid(name)).getStats()).numberOfDocuments)().catch(
        () => null,
      );
      return { name, published, indexed };
    }),
  );
  return {
    backlog: backlog?.count ?? 0,
    failing,
    lastSuccessfulSync: lastSync ? new Date(lastSync.value) : null,
    indexes,
  };
}
