import { relevanceFilters } from "@/lib/catalog/everything";
import { todayInSeoul } from "@/lib/dates/dates";
import { indexSearchFirstRound } from "@/lib/search/query";
import { measureLoad } from "./load";
import { percentile } from "./stats";

type BenchRequest = { method: "GET" | "POST"; path: string; body?: string };

/** One load of `seconds`, the requests taken in turn. */
function load(
  url: string,
  connections: number,
  seconds: number,
  requests: BenchRequest[],
  headers: Record<string, string> = {},
) {
  let next = 0;
  return measureLoad({
    url,
    connections,
    duration: seconds,
    headers,
    requests: [
      {
        setupRequest: (request) => {
          const r = requests[next++ % requests.length]!;
          return { ...request, method: r.method, path: r.path, body: r.body };
        },
      },
    ],
  });
}

/**
 * The app's /api/search against Meilisearch queried directly with the same search bodies, and
 * against a bare Next route handler answering a constant body (/api/health/live), at 1 and 16
 * connections. The bare route is asked with the search's own query string, so the target compares
 * what the portal adds to Next's handling of the same request (Next parses every query string:
 * under 10 µs of CPU a request in a profile of 2026-12-04); the figure without one is printed
 * beside, as earlier runs measured it. The machine is shared and its load drifts, so each round
 * measures the app between two loads of each of the others, and the verdict is the median over
 * rounds of each round's difference and ratio. Returns the table and the verdict lines to print.
 */
export async function compareSearchApi(options: {
  app: string;
  meilisearch: { url: string; key: string };
  queries: readonly string[];
  seconds: number;
  rounds: number;
}) {
  const { app, meilisearch, queries, seconds, rounds } = options;
  const queryStrings = queries.map(
    (q) => new URLSearchParams({ q, index: "courses", pageSize: "10" }),
  );
  const appRequests = queryStrings.map((query) => ({
    method: "GET" as const,
    path: `/api/search?${query}`,
  }));
  // The app's first multi-search of a page of courses, which for these queries is its only one.
  const groups = relevanceFilters(todayInSeoul()).courses!;
  const directRequests = queries.map((q) => ({
    method: "POST" as const,
    path: "/multi-search",
    body: JSON.stringify({
      queries: indexSearchFirstRound("courses", q, { offset: 0, limit: 10 }, groups),
    }),
  }));
  const bareRequests = queryStrings.map((query) => ({
    method: "GET" as const,
    path: `/api/health/live?${query}`,
  }));
  const bareWithoutQueryRequests = [{ method: "GET" as const, path: "/api/health/live" }];
  const directHeaders = {
    Authorization: `Bearer ${meilisearch.key}`,
    "Content-Type": "application/json",
  };

  const viaApp = (connections: number) => load(app, connections, seconds, appRequests);
  const bare = (connections: number) => load(app, connections, seconds, bareRequests);
  const bareWithoutQuery = (connections: number) =>
    load(app, connections, seconds, bareWithoutQueryRequests);
  const direct = (connections: number) =>
    load(meilisearch.url, connections, seconds, directRequests, directHeaders);

  // Warm both paths (index pages in memory, the app's route compiled and connections open).
  await viaApp(4);
  await bare(4);
  await bareWithoutQuery(4);
  await direct(4);

  const rows = [
    "| connections | round | target | req/s | p50 ms | p99 ms | errors |",
    "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
  ];
  const verdict: string[] = [];
  for (const connections of [1, 16]) {
    const added: number[] = [];
    const kept: number[] = [];
    const overBare: number[] = [];
    const overBareWithoutQuery: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      // The app between two loads of each comparison, compared with their mean: the machine's
      // load drifts from one load to the next, and a steady drift cancels out.
      const bareBefore = await bare(connections);
      const bareWithoutQueryBefore = await bareWithoutQuery(connections);
      const directBefore = await direct(connections);
      const fromApp = await viaApp(connections);
      const directAfter = await direct(connections);
      const bareWithoutQueryAfter = await bareWithoutQuery(connections);
      const bareAfter = await bare(connections);
      for (const [name, r] of [
        ["bare Next route, same query", bareBefore],
        ["bare Next route, no query", bareWithoutQueryBefore],
        ["meilisearch", directBefore],
        ["app /api/search", fromApp],
        ["meilisearch", directAfter],
        ["bare Next route, no query", bareWithoutQueryAfter],
        ["bare Next route, same query", bareAfter],
      ] as const) {
        rows.push(
          `| ${connections} | ${round} | ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors + r.non2xx} |`,
        );
      }
      const mean = (a: number, b: number) => (a + b) / 2;
      added.push(fromApp.p50 - mean(directBefore.p50, directAfter.p50));
      kept.push(fromApp.rps / mean(directBefore.rps, directAfter.rps));
      overBare.push(fromApp.p50 - mean(bareBefore.p50, bareAfter.p50));
      overBareWithoutQuery.push(
        fromApp.p50 - mean(bareWithoutQueryBefore.p50, bareWithoutQueryAfter.p50),
      );
    }
    verdict.push(
      `${connections} connection(s), median of ${rounds} rounds: app p50 − bare Next route p50 (same query) = ${percentile(overBare, 0.5).toFixed(2)} ms (target ≤ 1.0), (no query) = ${percentile(overBareWithoutQuery, 0.5).toFixed(2)} ms; app p50 − direct p50 = ${percentile(added, 0.5).toFixed(2)} ms; app rps / direct rps = ${percentile(kept, 0.5).toFixed(2)} (target ≥ 0.75 at 16)`,
    );
  }
  return { rows, verdict };
}
