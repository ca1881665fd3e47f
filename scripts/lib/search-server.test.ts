import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { databaseUrl } from "@/lib/env";
import { migrateDatabase } from "@/lib/db/client";
import { checkHealth } from "@/lib/health";
import { loadLocalSearchState } from "@/lib/search/local-state";
import { searchClient } from "@/lib/search/client";
import { localSecret } from "./secrets";
import { superviseLocalMeilisearch, type SearchServerHandle } from "./search-server";

const commandLine = (pid: number) =>
  readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");

async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  ms = 60_000,
  everyMs = 100,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

describe("the local Meilisearch that npm start runs", () => {
  let handle: SearchServerHandle | undefined;
  afterAll(() => handle?.stop());

  it("is started again after it dies, resynced, and health says what happens meanwhile", async () => {
    await migrateDatabase();
    const dataDir = path.join(process.env.DATA_DIR!, "supervised");
    const resync = vi.fn(async () => {});
    const log = vi.fn();
    handle = await superviseLocalMeilisearch({ dataDir, resync, log, restartMinMs: 200 });
    const pidOf = () => meilisearchPid(handle!.url);
    const first = pidOf();
    // The master key is passed in the environment, never on the command line (ps shows it).
    expect(commandLine(first)).not.toContain(handle.key!);
    expect(await loadLocalSearchState()).toMatchObject({ state: "running", restarts: 0 });

    process.kill(first, "SIGKILL");
    // The restart can be quicker than a poll of the recorded state, so "restarting" is checked
    // in the log and in what the state keeps of the exit.
    const back = await until(
      loadLocalSearchState,
      (s) => s?.state === "running" && s.restarts === 1,
    );
    expect(back).toMatchObject({ lastExit: "signal SIGKILL" });
    expect(log).toHaveBeenCalledWith(
      "search: local Meilisearch ended (signal SIGKILL); starting it again",
    );
    await until(
      async () => resync.mock.calls.length,
      (n) => n === 1,
    );
    expect(pidOf()).not.toBe(first);
    expect((await searchClient().health()).status).toBe("available");
    expect(await checkHealth()).toMatchObject({ search: "ok", localSearch: { restarts: 1 } });
  });

  it("leaves no Meilisearch running when stopped while starting it again", async () => {
    const dataDir = path.join(process.env.DATA_DIR!, "supervised-stop");
    const supervised = await superviseLocalMeilisearch({
      dataDir,
      resync: async () => {},
      log: () => {},
    });
    const first = meilisearchPid(supervised.url);
    process.kill(first, "SIGKILL");
    // Stop as soon as the new process exists, while it is still starting (it is polled for
    // health every 100 ms); the launcher exits right after this.
    const second = await until(
      async () => {
        try {
          return meilisearchPid(supervised.url);
        } catch {
          return first; // not spawned yet
        }
      },
      (pid) => pid !== first,
      10_000,
      2,
    );
    await supervised.stop();
    try {
      expect(() => meilisearchPid(supervised.url)).toThrow(/no Meilisearch/);
    } finally {
      // An orphan would hold the data folder and the port for the next start.
      try {
        process.kill(second, "SIGKILL");
      } catch {
        // ended, as it should have
      }
    }
  });

  it("keeps the database and generated secrets to this user (0600 in 0700 folders)", () => {
    const db = databaseUrl.slice("file:".length);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    localSecret(process.env.DATA_DIR!, "test-secret");
    expect(statSync(path.join(process.env.DATA_DIR!, "secrets", "test-secret")).mode & 0o777).toBe(
      0o600,
    );
    expect(statSync(path.join(process.env.DATA_DIR!, "secrets")).mode & 0o777).toBe(0o700);
  });
});

/** The pid of the Meilisearch serving this URL, found by its --http-addr argument. */
function meilisearchPid(url: string): number {
  const address = `127.0.0.1:${new URL(url).port}`;
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const line = commandLine(Number(entry));
      if (line.includes("--db-path") && line.includes(address)) return Number(entry);
    } catch {
      // the process ended meanwhile
    }
  }
  throw new Error(`no Meilisearch on ${address}`);
}
