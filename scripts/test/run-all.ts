import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

// `npm test`: every suite in turn, then one line `N passed, N failed` summing them all.
// A suite that fails does not stop the others, so one run shows everything that is wrong.

type Tally = { passed: number; failed: number; skipped: number };

function run(command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name: string, ok: boolean): Tally {
  console.log(`${ok ? "✓" : "✗"} ${name}`);
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

function vitestTally(file: string, ok: boolean): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  return {
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightTally(file: string, ok: boolean): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  const failed = stats.unexpected + stats.flaky + (ok || stats.unexpected > 0 ? 0 : 1);
  return { passed: stats.expected, failed, skipped: stats.skipped };
}

function ensureChromium() {
  if (process.env.CHROME_PATH || existsSync("/usr/bin/chromium")) return;
  if (process.getuid?.() !== 0) {
    console.error(
      "Chromium is missing: install Debian's chromium and fonts-noto-cjk, or set CHROME_PATH.",
    );
    return;
  }
  console.log("Installing Debian's chromium and fonts-noto-cjk for the browser tests…");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], {
    DEBIAN_FRONTEND: "noninteractive",
  });
}

const env = { NEXT_TELEMETRY_DISABLED: "1" };
const tallies: Tally[] = [];

const typesOk = run("npm", ["run", "--silent", "typecheck"], env);
tallies.push(check("typecheck", typesOk));
tallies.push(check("lint", run("npm", ["run", "--silent", "lint"], env)));

rmSync("test-results", { recursive: true, force: true });
const unitOk = run(
  "npx",
  [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    "--outputFile.json=test-results/vitest.json",
  ],
  env,
);
tallies.push(vitestTally("test-results/vitest.json", unitOk));

ensureChromium();
// The browser tests' production build need not check the types again once this run has (30 s).
const e2eOk = run("npx", ["playwright", "test"], {
  ...env,
  ...(typesOk && { PORTAL_BUILD_TYPES_CHECKED: "1" }),
});
tallies.push(playwrightTally("test-results/e2e.json", e2eOk));

const total = tallies.reduce((sum, t) => ({
  passed: sum.passed + t.passed,
  failed: sum.failed + t.failed,
  skipped: sum.skipped + t.skipped,
}));
console.log(
  `\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
);
process.exit(total.failed > 0 ? 1 : 0);
