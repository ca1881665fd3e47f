import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { districtNames } from "@/lib/districts/districts";
import { addRound, startWork24StandIn } from "@/test/stand-ins/work24";

// `npm run bench:sync [rounds]`: a full sync of 고용24 course rounds (default 5,000) from the local
// stand-in into a fresh database and Meilisearch, timed from the first request until the index
// holds what the database holds. Target: 60 s or less on the 2-core build machine.

const ROUNDS = Number(process.argv[2] ?? 5_000);
const root = mkdtempSync(path.join(tmpdir(), "portal-bench-sync-"));
process.env.DATA_DIR = path.join(root, "data");
process.env.MEILI_INDEX_PREFIX = "benchsync_";

async function main() {
  const { migrateDatabase } = await import("@/lib/db/client");
  const { startLocalMeilisearch } = await import("@/lib/search/local-server");
  const { connectSearch } = await import("@/lib/search/client");
  const { applyIndexSettings, findDrift } = await import("@/lib/search/sync");
  const { indexSettings } = await import("@/lib/catalog/index-settings");
  const { drainSearchOutbox } = await import("@/lib/search/outbox");
  const { work24Source } = await import("@/lib/sources/work24/client");
  const { runSourceSync } = await import("@/lib/sources/sync");
  const { addDays, todayInSeoul } = await import("@/lib/dates/dates");

  const meili = await startLocalMeilisearch({ dataDir: path.join(root, "meili") });
  const standIn = await startWork24StandIn();
  try {
    connectSearch({ url: meili.url, key: meili.key });
    await migrateDatabase();
    await applyIndexSettings(indexSettings);
    const today = todayInSeoul();
    const types = ["C0061", "C0104", "C0105", "C0054"];
    for (let i = 0; i < ROUNDS; i++) {
      const start = addDays(today, -30 + (i % 200)).replaceAll("-", "");
      const end = addDays(today, (i % 200) + 60).replaceAll("-", "");
      addRound(
        standIn,
        types[i % types.length]!,
        {
          trprId: `AIG2026${String(Math.floor(i / 3)).padStart(7, "0")}`,
          trprDegr: String(1 + (i % 3)),
          title: `벤치 과정 ${i}`,
          subTitle: `벤치 훈련기관 ${i % 120}`,
          traStartDate: start,
          traEndDate: end,
          address: `인천광역시 ${districtNames[i % districtNames.length]} 시험로 ${i}`,
          ncsCd: `${String(1 + (i % 24)).padStart(2, "0")}010101`,
          courseMan: "1,200,000",
          yardMan: "20",
          regCourseMan: String(i % 21),
          eiEmplRate6: i % 4 ? String((i * 7) % 100) : "A",
          wkendSe: String(1 + (i % 3)),
        },
        { trtm: String(100 + (i % 900)), perTrco: "900,000", addr1: "" },
      );
    }
    const started = performance.now();
    const report = await runSourceSync(
      work24Source({ baseUrl: standIn.url, key: "bench", http: { timeoutMs: 10_000 } }),
      {},
    );
    const synced = performance.now();
    let drained = await drainSearchOutbox();
    while (drained.remaining > 0) drained = await drainSearchOutbox();
    const indexed = performance.now();
    const drift = await findDrift();
    console.log(
      `${report.added.length} rounds added (${report.rejected.length} rejected): database ${((synced - started) / 1000).toFixed(1)} s, Meilisearch ${((indexed - synced) / 1000).toFixed(1)} s, total ${((indexed - started) / 1000).toFixed(1)} s (target ≤ 60 s)`,
    );
    console.log(
      drift.length === 0
        ? "index equals the database (same ids)"
        : `index differs: ${drift.map((d) => `${d.index} lacks ${d.missing.length}, holds ${d.extra.length} extra`).join("; ")}`,
    );
    if (drift.length > 0 || report.outcome !== "ok") process.exitCode = 1;
  } finally {
    await standIn.close();
    await meili.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
