import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";

export type PortalServer = { url: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * Starts the portal the way `npm start` does (migrate, seed, build if needed, sync, serve),
 * with the given environment, and waits until /api/health answers.
 */
export async function startPortal(
  env: Record<string, string>,
  port: number,
  options: { logFile?: string } = {},
): Promise<PortalServer> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", path.resolve("scripts/start.mjs")],
    {
      env: {
        ...process.env,
        ...env,
        HOST: "127.0.0.1",
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  // Browser tests read the log to check that hostile requests printed no stack trace.
  const log = options.logFile ? createWriteStream(options.logFile) : null;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      log?.write(chunk);
    });
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`portal exited during start-up:\n${output.join("")}`);
    try {
      if ((await fetch(`${url}/api/health`)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`portal did not start within 5 minutes:\n${output.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    process: child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
