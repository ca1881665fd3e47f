import { migrateDatabase } from "@/lib/db/client";
import { applyIndexSettings, reindexAll } from "@/lib/search/sync";
import { connectOrStartSearch } from "./lib/search-server";
import { indexSettings } from "@/lib/catalog/index-settings";

async function main() {
  await migrateDatabase();
  const search = await connectOrStartSearch();
  try {
    await applyIndexSettings(indexSettings);
    const counts = await reindexAll(indexSettings);
    console.log(
      `reindex: ${Object.entries(counts)
        .map(([name, n]) => `${name} ${n}`)
        .join(", ")}`,
    );
  } finally {
    await search.stop();
  }
}

main().catch((error) => {
  console.error(`reindex failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
