import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { drainSearchOutbox } from "@/lib/search/outbox";

/**
 * After a committed change: refresh the cached public pages and push the outbox to Meilisearch once
 * the response is sent. A failed push stays in the outbox for the periodic drain.
 */
export function afterContentChange() {
  revalidatePath("/", "layout");
  after(async () => {
    await drainSearchOutbox().catch((error) =>
      console.warn(`search: outbox drain after a write failed (${(error as Error).message})`),
    );
  });
}
