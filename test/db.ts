import { migrateDatabase } from "@/lib/db/client";
import { seedFromContent } from "@/lib/content/seed";

/** A migrated database holding the repository's seed content. */
export async function seededDatabase() {
  await migrateDatabase();
  return seedFromContent();
}
