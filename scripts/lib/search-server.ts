import pRetry from "p-retry";
import { dataDir, env } from "@/lib/env";
import { connectSearch } from "@/lib/search/client";
import { saveLocalSearchState, type LocalSearchState } from "@/lib/search/local-state";
import { startLocalMeilisearch, type LocalMeilisearch } from "@/lib/search/local-server";

export type SearchServerHandle = {
  url: string;
  key?: string;
  local: boolean;
  stop: () => Promise<void>;
};

const RESTART_MIN_MS = 1_000;
const RESTART_MAX_MS = 30_000;

/**
 * Uses MEILI_URL when set. Otherwise runs the local Meilisearch under DATA_DIR for as long as we
 * run. With `supervise` (the server), when it dies it is started again on the same address with
 * growing waits (1 s doubling to 30 s) and `resync` runs once it answers; searches answer from the
 * database meanwhile, and /api/health reports the supervisor's state.
 */
export async function connectOrStartSearch(supervise?: {
  resync: () => Promise<void>;
  log?: (line: string) => void;
}): Promise<SearchServerHandle> {
  if (env.MEILI_URL) {
    if (supervise) await saveLocalSearchState(null);
    connectSearch({ url: env.MEILI_URL, key: env.MEILI_MASTER_KEY });
    return { url: env.MEILI_URL, key: env.MEILI_MASTER_KEY, local: false, stop: async () => {} };
  }
  if (supervise) {
    return superviseLocalMeilisearch({
      dataDir,
      bin: env.MEILI_BIN,
      resync: supervise.resync,
      log: supervise.log ?? console.warn,
    });
  }
  const local = await startLocalMeilisearch({ dataDir, bin: env.MEILI_BIN });
  connectSearch({ url: local.url, key: local.key });
  return { url: local.url, key: local.key, local: true, stop: local.stop };
}

export async function superviseLocalMeilisearch(options: {
  dataDir: string;
  bin?: string;
  resync: () => Promise<void>;
  log: (line: string) => void;
  /** First wait before a restart (tests shorten it). */
  restartMinMs?: number;
}): Promise<SearchServerHandle> {
  let current: LocalMeilisearch = await startLocalMeilisearch(options);
  const { url, key } = current;
  const port = Number(new URL(url).port);
  connectSearch({ url, key });
  let state: LocalSearchState = { state: "running", restarts: 0, since: new Date().toISOString() };
  const record = (next: Partial<LocalSearchState>) => {
    state = { ...state, ...next };
    return saveLocalSearchState(state).catch((error: unknown) =>
      options.log(`search: could not record its state (${(error as Error).message})`),
    );
  };
  await record({});

  let stopping = false;
  const stopped = new AbortController();
  // p-retry gives up at once when stopped, but a start it had under way goes on and would leave
  // its Meilisearch running after we exit: each start is kept here, and stopped once it is up.
  let startUnderWay: Promise<unknown> = Promise.resolve();
  const startAgain = () => {
    const attempt = startLocalMeilisearch({ ...options, port });
    startUnderWay = attempt.then(
      (started) => (stopping ? started.stop() : undefined),
      () => undefined,
    );
    return attempt;
  };

  const watch = (child: LocalMeilisearch) => {
    child.process.once("exit", (code, signal) => {
      if (stopping) return;
      const lastExit = signal ? `signal ${signal}` : `code ${code}`;
      options.log(`search: local Meilisearch ended (${lastExit}); starting it again`);
      void record({ state: "restarting", lastExit, since: new Date().toISOString() });
      void restart();
    });
  };

  const restart = async () => {
    try {
      current = await pRetry(startAgain, {
        retries: Infinity,
        minTimeout: options.restartMinMs ?? RESTART_MIN_MS,
        maxTimeout: RESTART_MAX_MS,
        factor: 2,
        signal: stopped.signal,
        onFailedAttempt: ({ error, attemptNumber }) => {
          if (stopping) return; // p-retry reports its own abort as a failed attempt
          options.log(`search: restart ${attemptNumber} failed (${error.message.split("\n")[0]})`);
          void record({ lastError: error.message.split("\n")[0] });
        },
      });
    } catch {
      return; // stopped while restarting
    }
    if (stopping) {
      await current.stop();
      return;
    }
    watch(current);
    await record({
      state: "running",
      restarts: state.restarts + 1,
      lastError: undefined,
      since: new Date().toISOString(),
    });
    try {
      await options.resync();
      options.log("search: local Meilisearch is back and in line with the database");
    } catch (error) {
      options.log(
        `search: back, but not in line yet (${(error as Error).message}); the outbox retries`,
      );
    }
  };

  watch(current);
  return {
    url,
    key,
    local: true,
    stop: async () => {
      stopping = true;
      stopped.abort();
      await Promise.all([current.stop(), startUnderWay]);
    },
  };
}
