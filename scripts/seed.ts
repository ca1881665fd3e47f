import { migrateDatabase } from "@/lib/db/client";
import { seedFromContent } from "@/lib/content/seed";

// Safe to repeat: unchanged rows stay, rows an editor changed are never overwritten.
async function main() {
  await migrateDatabase();
  const report = await seedFromContent();
  console.log(
    `seed: ${report.inserted} inserted, ${report.refreshed} refreshed, ${report.unchanged} unchanged, ${report.keptEdited} kept (edited by an editor)`,
  );
}

main().catch((error) => {
  console.error(
    `seed failed, nothing was written: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
