import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { standaloneServer } from "./standalone.mjs";

export type NextServer = {
  /** Resolves with Next's exit code when it ends on its own or after stop(). */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
};

const STOP_GRACE_MS = 8_000;
const KEEP_ALIVE_MS = 65_000;

/**
 * Runs the production build with plain `next start` in its own process, or a standalone build's
 * own server (NEXT_OUTPUT=standalone). The peer-address preload is the only addition: it makes
 * the client address trustworthy for the sign-in limits.
 */
export function startNext(host: string, port: number, env: NodeJS.ProcessEnv): NextServer {
  const preload = ["--import", pathToFileURL(path.resolve("lib/http/peer-address.mjs")).href];
  // Longer than the idle timeout of clients and load balancers (60 s is common): with Node's 5 s
  // a client reusing an idle connection as the server closes it gets ECONNRESET (seen once in
  // CI, on a browser test's request).
  const keepAlive = String(KEEP_ALIVE_MS);
  const standalone = existsSync(standaloneServer);
  const child = spawn(
    process.execPath,
    standalone
      ? [...preload, standaloneServer]
      : [
          ...preload,
          require.resolve("next/dist/bin/next"),
          "start",
          ...["--hostname", host, "--port", String(port), "--keepAliveTimeout", keepAlive],
        ],
    {
      stdio: "inherit",
      env: {
        ...env,
        PORTAL_LAUNCHER_PID: String(process.pid),
        // The standalone server reads these instead of flags, and works from its own folder.
        ...(standalone && { HOSTNAME: host, PORT: String(port), KEEP_ALIVE_TIMEOUT: keepAlive }),
      },
    },
  );
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : null))),
  );
  return {
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      // Requests under way get a few seconds; a stop must not wait on a slow client.
      const cutOff = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(cutOff);
    },
  };
}

/** Waits until the server answers its liveness route, or Next ends first. */
export async function waitUntilListening(url: string, server: NextServer, timeoutMs = 120_000) {
  let ended = false;
  void server.exited.then(() => (ended = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (ended) throw new Error("next start ended before it answered");
    try {
      if ((await fetch(`${url}/api/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer within ${timeoutMs / 1000} s`);
}
