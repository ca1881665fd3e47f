import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPortal, type PortalServer } from "../lib/portal-server";

// `npm run bench:search [courses] [seconds] [rounds]`: the app's /api/search against Meilisearch
// queried directly with the same search bodies, and against a bare Next route handler answering a
// constant body (/api/health/live, asked with and without the search's query string), on a
// generated 100,000-course catalog, at 1 and 16 connections.
// Both share this machine's cores, so only the ratios within one run mean anything.

const COURSES = Number(process.argv[2] ?? 100_000);
const DURATION_S = Number(process.argv[3] ?? 10);
const ROUNDS = Number(process.argv[4] ?? 5);
const PREFIX = "bench_";

const root = mkdtempSync(path.join(tmpdir(), "portal-bench-"));
process.env.DATA_DIR = path.join(root, "data");
process.env.MEILI_INDEX_PREFIX = PREFIX;

async function main() {
  const { migrateDatabase, db } = await import("@/lib/db/client");
  const { startLocalMeilisearch, freePort } = await import("@/lib/search/local-server");
  const { connectSearch } = await import("@/lib/search/client");
  const { applyIndexSettings, reindexAll } = await import("@/lib/search/sync");
  const { indexSettings } = await import("@/lib/catalog/index-settings");
  const { courses } = await import("@/lib/db/schema");
  const { generateCourses, benchQueries } = await import("./catalog-generator");
  // Imported here, as the rest: the index prefix and data directory above must be set first.
  const { compareSearchApi } = await import("./search-api");

  const meili = await startLocalMeilisearch({ dataDir: path.join(root, "meili") });
  connectSearch({ url: meili.url, key: meili.key });
  let portal: PortalServer | undefined;
  try {
    await migrateDatabase();
    let t = Date.now();
    // Straight inserts: the seed's row-by-row bookkeeping is for content, not 100,000 rows.
    const generated = generateCourses(COURSES);
    for (let i = 0; i < generated.length; i += 500) {
      await db
        .insert(courses)
        .values(generated.slice(i, i + 500).map((c) => ({ ...c, status: "published" as const })));
    }
    console.log(
      `catalog: ${COURSES} courses written to SQLite in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    t = Date.now();
    await applyIndexSettings(indexSettings);
    await reindexAll(indexSettings);
    console.log(
      `catalog: indexed under prefix "${PREFIX}" in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );

    // Served the way `npm start` serves it, on the catalog above.
    const port = await freePort();
    portal = await startPortal(
      { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.key, DEMO_CATALOG: "off" },
      port,
    );
    const { rows, verdict } = await compareSearchApi({
      app: portal.url,
      meilisearch: meili,
      queries: benchQueries,
      seconds: DURATION_S,
      rounds: ROUNDS,
    });
    console.log(
      `\n${COURSES} courses, ${benchQueries.length} queries in rotation, ${DURATION_S} s per run\n`,
    );
    rows.forEach((row) => console.log(row));
    console.log(`\n${verdict.join("\n")}`);
  } finally {
    await portal?.stop();
    await meili.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
