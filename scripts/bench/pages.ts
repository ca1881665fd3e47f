import { benchWithPortal } from "./portal";
import { measureLoad } from "./load";
import { compareSearchApi } from "./search-api";

// `npm run bench:pages [connections] [seconds]`: one production server (as `npm start` runs it,
// demo catalog included), each page type's throughput as a ratio of the static floor (a file Next
// serves without rendering), and search across everything against one index — all in one run,
// so the ratios hold on a shared, noisy machine. Issue 15's targets: content pages ≥ 0.8× the
// floor, home and catalogs ≥ 0.5×, index=all ≥ 0.5× one index; and the search API's p50 at most
// 1.0 ms above a bare route handler with at least 0.75× the requests per second of the same search
// sent to Meilisearch directly (bench:search's comparison, here on the demo catalog).

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

async function load(url: string) {
  const { rps, p50, p99, errors, non2xx } = await measureLoad({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  return { rps, p50, p99, failed: errors + non2xx };
}

benchWithPortal("pages", async (portal, search) => {
  // One warm-up pass, so first renders and cold indexes do not count; it also weighs each answer
  // (a cached page's throughput here follows its size: Next writes the whole document each time).
  const weights = new Map<string, number>();
  for (const page of pages) {
    const response = await fetch(portal.url + page.path);
    weights.set(page.kind, (await response.arrayBuffer()).byteLength);
  }
  const measured = new Map<string, Awaited<ReturnType<typeof load>>>();
  console.log(`${CONNECTIONS} connections, ${DURATION_S} s each, one server\n`);
  console.log(`| page | path | KB | req/s | ratio | target | p50 ms | p99 ms | failed |`);
  console.log(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const page of pages) {
    const result = await load(portal.url + page.path);
    measured.set(page.kind, result);
    const floor = measured.get("static floor")!.rps;
    const ratio = page.kind.startsWith("search") ? null : result.rps / floor;
    console.log(
      `| ${page.kind} | ${page.path} | ${(weights.get(page.kind)! / 1024).toFixed(1)} | ${result.rps.toFixed(1)} | ${ratio === null ? "" : `${ratio.toFixed(2)}×`} | ${page.target ? `≥ ${page.target}×` : ""} | ${result.p50.toFixed(0)} | ${result.p99.toFixed(0)} | ${result.failed} |`,
    );
  }
  const all = measured.get("search everything")!.rps;
  const one = measured.get("search one index")!.rps;
  console.log(`\nindex=all / one index: ${(all / one).toFixed(2)}× (target ≥ 0.5×)`);

  const { rows, verdict } = await compareSearchApi({
    app: portal.url,
    meilisearch: search,
    queries: ["AI"],
    seconds: DURATION_S,
    rounds: SEARCH_ROUNDS,
  });
  console.log(`\nsearch API (q=AI), ${SEARCH_ROUNDS} rounds\n`);
  rows.forEach((row) => console.log(row));
  console.log(`\n${verdict.join("\n")}`);
});
