import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { median } from "./stats";

// `npm run bench:sign-in`: how long a sign-in takes for a known email with a wrong password, an
// unknown email, and the right password (medians of many runs, each from its own address so the
// address lockout never triggers; each unknown email is new, since five failures of any email
// make its next try wait, which answers at once for known and unknown emails alike). The unknown/known ratio should stay near 1: timing must not tell
// which emails have accounts.

const RUNS = 30;

async function main() {
  const root = mkdtempSync(path.join(tmpdir(), "portal-bench-signin-"));
  process.env.DATABASE_URL = `file:${path.join(root, "portal.db")}`;
  process.env.DATA_DIR = root;
  const { migrateDatabase } = await import("@/lib/db/client");
  const { createUser } = await import("@/lib/users/accounts");
  const { authenticate } = await import("@/lib/auth/sign-in");
  await migrateDatabase();
  const password = "a long enough password";
  await createUser({ email: "known@example.com", name: "측정", role: "editor" }, password);

  const cases = (run: number) => ({
    "known email, wrong password": { email: "known@example.com", password: "wrong password!!" },
    "unknown email": { email: `nobody-${run}@example.com`, password: "wrong password!!" },
    "known email, right password": { email: "known@example.com", password },
  });
  const timings: Record<string, number[]> = {};
  let address = 0;
  // Interleaved, so machine noise falls on every case alike.
  for (let run = 0; run < RUNS; run++) {
    for (const [name, input] of Object.entries(cases(run))) {
      address += 1;
      const start = performance.now();
      await authenticate(input, `bench-${address}`).catch(() => undefined);
      (timings[name] ??= []).push(performance.now() - start);
    }
  }
  for (const [name, values] of Object.entries(timings)) {
    console.log(`${name.padEnd(30)} median ${median(values).toFixed(1)} ms`);
  }
  const ratio = median(timings["unknown email"]!) / median(timings["known email, wrong password"]!);
  console.log(`unknown / known (wrong password): ${ratio.toFixed(2)}`);
  rmSync(root, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
