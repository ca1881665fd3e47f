import { indexUid } from "@/lib/search/client";
import { singleIndexSearch } from "@/lib/search/query";
import { benchWithPortal } from "./portal";
import { measureLoad } from "./load";
import { percentile } from "./stats";

// `npm run bench:pages [connections] [seconds]`: one production server (as `npm start` runs it,
// demo catalog included), each page type's throughput as a ratio of the static floor (a file Next
// serves without rendering), and search across everything against one index — all in one run,
// so the ratios hold on a shared, noisy machine. Issue 15's targets: content pages ≥ 0.8× the
// floor, home and catalogs ≥ 0.5×, index=all ≥ 0.5× one index; and the search API's p50 at most
// 1.0 ms above a bare route handler (one connection) with at least 0.75× the requests per second
// of the same search sent to Meilisearch directly (16 connections).

const CONNECTIONS = Number(process.argv[2] ?? 16);
const DURATION_S = Number(process.argv[3] ?? 10);

const pages: { kind: string; path: string; target?: number }[] = [
  { kind: "static floor", path: "/robots.txt" },
  { kind: "article", path: "/issues/2024-04/k-digital-training-incheon", target: 0.8 },
  { kind: "issue", path: "/issues/2024-04", target: 0.8 },
  { kind: "tag", path: `/tags/${encodeURIComponent("K-디지털 트레이닝")}`, target: 0.8 },
  { kind: "course", path: "/courses/kdt2023-robot-01", target: 0.8 },
  { kind: "program", path: "/programs/youth-monthly-rent", target: 0.8 },
  { kind: "home", path: "/", target: 0.5 },
  { kind: "courses", path: "/courses", target: 0.5 },
  { kind: "programs", path: "/programs", target: 0.5 },
  { kind: "search one index", path: "/api/search?q=AI&index=courses" },
  { kind: "search everything", path: "/api/search?q=AI&index=all" },
];

const SEARCH_ROUNDS = 3;

async function load(url: string, connections = CONNECTIONS, options: Partial<LoadOptions> = {}) {
  const { rps, p50, p99, errors, non2xx } = await measureLoad({
    url,
    connections,
    duration: DURATION_S,
    ...options,
  });
  return { rps, p50, p99, failed: errors + non2xx };
}

type LoadOptions = Parameters<typeof measureLoad>[0];
type Measured = Awaited<ReturnType<typeof load>>;

const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

benchWithPortal("pages", async (portal, search) => {
  // One warm-up pass, so first renders and cold indexes do not count.
  for (const page of pages) await fetch(portal.url + page.path);
  const measured = new Map<string, Awaited<ReturnType<typeof load>>>();
  console.log(`${CONNECTIONS} connections, ${DURATION_S} s each, one server\n`);
  console.log(`| page | path | req/s | ratio | target | p50 ms | p99 ms | failed |`);
  console.log(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const page of pages) {
    const result = await load(portal.url + page.path);
    measured.set(page.kind, result);
    const floor = measured.get("static floor")!.rps;
    const ratio = page.kind.startsWith("search") ? null : result.rps / floor;
    console.log(
      `| ${page.kind} | ${page.path} | ${result.rps.toFixed(1)} | ${ratio === null ? "" : `${ratio.toFixed(2)}×`} | ${page.target ? `≥ ${page.target}×` : ""} | ${result.p50.toFixed(0)} | ${result.p99.toFixed(0)} | ${result.failed} |`,
    );
  }
  const all = measured.get("search everything")!.rps;
  const one = measured.get("search one index")!.rps;
  console.log(`\nindex=all / one index: ${(all / one).toFixed(2)}× (target ≥ 0.5×)`);

  // The search API against a bare route handler (/api/health/live, a constant JSON body) and the
  // same search body sent to Meilisearch directly. The three alternate within each round and the
  // verdict is the median of the rounds, as the machine's load drifts.
  const api = { path: "/api/search?q=AI&index=courses&pageSize=10" };
  const bare = { path: "/api/health/live" };
  const direct: Partial<LoadOptions> = {
    method: "POST",
    headers: { Authorization: `Bearer ${search.key}`, "Content-Type": "application/json" },
    body: JSON.stringify(singleIndexSearch("courses", "AI", 0, 10)),
  };
  const directUrl = `${search.url}/indexes/${indexUid("courses")}/search`;
  const overBare: number[] = [];
  const ofDirect: number[] = [];
  console.log(`\nsearch API, ${SEARCH_ROUNDS} rounds\n`);
  console.log(row(["round", "connections", "target", "req/s", "p50 ms", "p99 ms", "failed"]));
  console.log(row(["---:", "---:", "---", "---:", "---:", "---:", "---:"]));
  const print = (round: number, connections: number, name: string, r: Measured) =>
    console.log(
      row([
        round,
        connections,
        name,
        r.rps.toFixed(0),
        r.p50.toFixed(2),
        r.p99.toFixed(2),
        r.failed,
      ]),
    );
  for (let round = 1; round <= SEARCH_ROUNDS; round++) {
    const appOne = await load(portal.url + api.path, 1);
    const bareOne = await load(portal.url + bare.path, 1);
    print(round, 1, "/api/search", appOne);
    print(round, 1, "bare route", bareOne);
    overBare.push(appOne.p50 - bareOne.p50);
    const directMany = await load(directUrl, CONNECTIONS, direct);
    const appMany = await load(portal.url + api.path, CONNECTIONS);
    // Next's own ceiling on this machine, for reading the ratio: no search, a constant body.
    const bareMany = await load(portal.url + bare.path, CONNECTIONS);
    print(round, CONNECTIONS, "Meilisearch direct", directMany);
    print(round, CONNECTIONS, "/api/search", appMany);
    print(round, CONNECTIONS, "bare route", bareMany);
    ofDirect.push(appMany.rps / directMany.rps);
  }
  console.log(
    `\n/api/search p50 − bare route p50 (1 connection, median): ${percentile(overBare, 0.5).toFixed(2)} ms (target ≤ 1.0)`,
  );
  console.log(
    `/api/search req/s ÷ Meilisearch direct (${CONNECTIONS} connections, median): ${percentile(ofDirect, 0.5).toFixed(2)}× (target ≥ 0.75×)`,
  );
});
