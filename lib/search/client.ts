import "server-only";
import { Meilisearch, type EnqueuedTaskPromise } from "meilisearch";
import { env } from "@/lib/env";
import { meilisearchHttpClient, meilisearchHttpClientWithDeadline } from "./http";

export type SearchServer = { url: string; key?: string };

let server: SearchServer | null = env.MEILI_URL
  ? { url: env.MEILI_URL, key: env.MEILI_MASTER_KEY }
  : null;
let client: Meilisearch | null = null;
let residentClient: Meilisearch | null = null;

/** Points this process at a Meilisearch server chosen at run time (the local one, or a test's). */
export function connectSearch(next: SearchServer) {
  server = next;
  client = null;
  residentClient = null;
}

export function isSearchConfigured() {
  return server !== null;
}

function connect(options: { timeout?: number; deadline?: number }) {
  if (!server)
    throw new Error("Meilisearch is not configured: set MEILI_URL (and MEILI_MASTER_KEY)");
  return new Meilisearch({
    host: server.url,
    apiKey: server.key,
    timeout: options.timeout,
    httpClient:
      options.deadline === undefined
        ? meilisearchHttpClient
        : meilisearchHttpClientWithDeadline(options.deadline),
  });
}

/** For indexing and administration: writes and task waits may take a while. */
export function searchClient(): Meilisearch {
  client ??= connect({ timeout: env.MEILI_TIMEOUT_MS });
  return client;
}

/**
 * For residents' searches, through lib/search/resident.ts: a request that Meilisearch has not
 * answered SEARCH_DEADLINE_MS after it was sent fails, and the caller answers from the database.
 */
export function residentSearchClient(): Meilisearch {
  residentClient ??= connect({ deadline: env.SEARCH_DEADLINE_MS });
  return residentClient;
}

/** Index names carry MEILI_INDEX_PREFIX so several environments can share one server. */
export function indexUid(name: string) {
  return `${env.MEILI_INDEX_PREFIX}${name}`;
}

/**
 * Waits for a Meilisearch task and fails unless it succeeded. Polls by itself rather than with the
 * client's waitTask, which resolves for failed and canceled tasks too (that would look like a
 * successful write) and, in meilisearch 0.62, leaves one abort listener per poll on its signal.
 */
export async function settle(enqueued: EnqueuedTaskPromise, timeout = 60_000) {
  const { taskUid } = await enqueued;
  const deadline = Date.now() + timeout;
  for (;;) {
    const task = await searchClient().tasks.getTask(taskUid);
    if (task.status === "succeeded") return task;
    if (task.status !== "enqueued" && task.status !== "processing") {
      const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
      throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${reason}`);
    }
    if (Date.now() > deadline)
      throw new Error(
        `Meilisearch task ${task.uid} (${task.type}) still ${task.status} after ${timeout} ms`,
      );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
