import "server-only";
import { after } from "next/server";
import { expireCacheTags } from "@/lib/cache/tags";
import { drainSearchOutbox } from "@/lib/search/outbox";

/**
 * After a committed change: expire the cached public pages built from what changed (the tags of
 * lib/cache/tags.ts) and push the outbox to Meilisearch once the response is sent. A failed push
 * stays in the outbox for the periodic drain.
 */
export async function afterContentChange(tags: string[]) {
  await expireCacheTags(tags);
  after(async () => {
    await drainSearchOutbox().catch((error) =>
      console.warn(`search: outbox drain after a write failed (${(error as Error).message})`),
    );
  });
}
