import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPortal, type PortalServer } from "../lib/portal-server";
import { measureLoad } from "./load";
import { percentile } from "./stats";

// `npm run bench:search [courses] [seconds] [rounds]`: the app's /api/search against Meilisearch
// queried directly with the same search bodies, and against a bare Next route handler answering a
// constant body (/api/health/live), on a generated 100,000-course catalog, at 1 and 16 connections.
// Both share this machine's cores, so only the ratios within one run mean anything.

const COURSES = Number(process.argv[2] ?? 100_000);
const DURATION_S = Number(process.argv[3] ?? 10);
const ROUNDS = Number(process.argv[4] ?? 5);
const PREFIX = "bench_";

const root = mkdtempSync(path.join(tmpdir(), "portal-bench-"));
process.env.DATA_DIR = path.join(root, "data");
process.env.MEILI_INDEX_PREFIX = PREFIX;

async function load(
  url: string,
  connections: number,
  requests: { method: "GET" | "POST"; path: string; body?: string }[],
  headers: Record<string, string> = {},
) {
  let next = 0;
  return measureLoad({
    url,
    connections,
    duration: DURATION_S,
    headers,
    requests: [
      {
        setupRequest: (request) => {
          const r = requests[next++ % requests.length]!;
          return { ...request, method: r.method, path: r.path, body: r.body };
        },
      },
    ],
  });
}

async function main() {
  const { migrateDatabase, db } = await import("@/lib/db/client");
  const { startLocalMeilisearch, freePort } = await import("@/lib/search/local-server");
  const { connectSearch, indexUid } = await import("@/lib/search/client");
  const { applyIndexSettings, reindexAll } = await import("@/lib/search/sync");
  const { singleIndexSearch } = await import("@/lib/search/query");
  const { courses } = await import("@/lib/db/schema");
  const { generateCourses, benchQueries } = await import("./catalog-generator");

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
    await applyIndexSettings();
    await reindexAll();
    console.log(
      `catalog: indexed under prefix "${PREFIX}" in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );

    // Served the way `npm start` serves it, on the catalog above.
    const port = await freePort();
    portal = await startPortal(
      { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.key, DEMO_CATALOG: "off" },
      port,
    );
    const app = portal.url;

    const appRequests = benchQueries.map((q) => ({
      method: "GET" as const,
      path: `/api/search?${new URLSearchParams({ q, index: "courses" })}`,
    }));
    const directRequests = benchQueries.map((q) => ({
      method: "POST" as const,
      path: `/indexes/${indexUid("courses")}/search`,
      body: JSON.stringify(singleIndexSearch("courses", q, 0, 10)),
    }));
    const bareRequests = [{ method: "GET" as const, path: "/api/health/live" }];
    const directHeaders = {
      Authorization: `Bearer ${meili.key}`,
      "Content-Type": "application/json",
    };

    // Warm both paths (index pages in memory, the app's route compiled and connections open).
    await load(app, 4, appRequests);
    await load(app, 4, bareRequests);
    await load(meili.url, 4, directRequests, directHeaders);

    // The machine is shared: its load drifts between runs. Direct and app runs alternate, and the
    // verdict is the median over rounds of each round's difference and ratio.
    const rows: string[] = [];
    const summary: string[] = [];
    for (const connections of [1, 16]) {
      const added: number[] = [];
      const kept: number[] = [];
      const overBare: number[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const direct = await load(meili.url, connections, directRequests, directHeaders);
        const viaApp = await load(app, connections, appRequests);
        const bare = await load(app, connections, bareRequests);
        for (const [name, r] of [
          ["meilisearch", direct],
          ["app /api/search", viaApp],
          ["bare Next route", bare],
        ] as const) {
          rows.push(
            `| ${connections} | ${round} | ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors + r.non2xx} |`,
          );
        }
        added.push(viaApp.p50 - direct.p50);
        kept.push(viaApp.rps / direct.rps);
        overBare.push(viaApp.p50 - bare.p50);
      }
      summary.push(
        `${connections} connection(s), median of ${ROUNDS} rounds: app p50 − bare Next route p50 = ${percentile(overBare, 0.5).toFixed(2)} ms (target ≤ 1.0); app p50 − direct p50 = ${percentile(added, 0.5).toFixed(2)} ms; app rps / direct rps = ${percentile(kept, 0.5).toFixed(2)} (target ≥ 0.75 at 16)`,
      );
    }
    console.log(
      `\n${COURSES} courses, ${benchQueries.length} queries in rotation, ${DURATION_S} s per run\n`,
    );
    console.log("| connections | round | target | req/s | p50 ms | p99 ms | errors |");
    console.log("| --- | ---: | --- | ---: | ---: | ---: | ---: |");
    rows.forEach((row) => console.log(row));
    console.log(`\n${summary.join("\n")}`);
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
