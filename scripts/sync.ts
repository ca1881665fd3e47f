import { parseArgs } from "node:util";
import { migrateDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { connectSearch } from "@/lib/search/client";
import { drainSearchOutbox } from "@/lib/search/outbox";
import { syncSources } from "@/lib/sources/run";
import type { SyncReport } from "@/lib/sources/sync";

// `npm run sync [-- --source work24] [--dry-run] [--approve]`: every source with a key (or, with
// none for 고용24, the demo catalog), or one.
// Exit code 1 when a source failed or another run had it, 2 when a safety check held a run for
// an admin.

function print(report: SyncReport) {
  const head = `${report.source}${report.dryRun ? " (dry run: nothing written)" : ""}`;
  console.log(
    `${head}: ${report.added.length} added, ${report.changed.length} changed, ${report.unchanged} unchanged, ${report.closed.length} closed, ${report.rejected.length} rejected`,
  );
  for (const { id, fields } of report.kept)
    console.log(`  kept as an editor left it (원천과 다름): ${id} ${fields.join(", ")}`);
  for (const { id, reason } of report.rejected) console.log(`  rejected ${id}: ${reason}`);
  if (report.outcome === "held")
    console.log(
      `  held, nothing written: ${report.message}. Check the counts above, then run again with --source ${report.source} --approve.`,
    );
  if (report.outcome === "failed") console.log(`  failed, nothing more written: ${report.message}`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      source: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      approve: { type: "boolean", default: false },
    },
  });
  if (values.approve && !values.source)
    throw new Error(
      "--approve needs --source: approve the one run that was held, after checking it",
    );
  await migrateDatabase();
  const { reports, skipped, busy } = await syncSources({
    source: values.source,
    dryRun: values["dry-run"],
    approve: values.approve,
  });
  for (const name of skipped)
    console.log(`${name}: no key set (${name.toUpperCase()}_API_KEY), skipped`);
  reports.forEach(print);
  for (const message of busy) console.log(`skipped: ${message}`);
  // With a Meilisearch server configured, bring it along now; otherwise the portal's periodic
  // outbox drain does it.
  if (env.MEILI_URL && !values["dry-run"]) {
    connectSearch({ url: env.MEILI_URL, key: env.MEILI_MASTER_KEY });
    const drained = await drainSearchOutbox();
    console.log(`search: ${drained.synced} synced, ${drained.remaining} waiting`);
  }
  const failed =
    reports.some((report) => report.outcome === "failed") ||
    busy.length > 0 ||
    (values.source && skipped.length > 0);
  const held = reports.some((report) => report.outcome === "held");
  process.exit(failed ? 1 : held ? 2 : 0);
}

main().catch((error) => {
  console.error(`sync failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
