import { gzipSync } from "node:zlib";
import { benchWithPortal } from "./portal";
import { measureLoad } from "./load";
import { median } from "./stats";
import { compareSearchApi } from "./search-api";

// `npm run bench:pages [connections] [seconds] [rounds]`: one production server (as `npm start` runs it,
// demo catalog included), each page type's throughput as a ratio of the static floor (a file Next
// serves without rendering), asked without and with a browser's Accept-Encoding, and search
// across everything against one index — all in one run,
// so the ratios hold on a shared, noisy machine. Issue 15's targets: content pages ≥ 0.8× the
// floor, home and catalogs ≥ 0.5×, index=all ≥ 0.5× one index; and the search API's p50 at most
// 1.0 ms above a bare route handler asked the same query string, with at least 0.75× the requests
// per second of the same search sent to Meilisearch directly (bench:search's comparison, here on
// the demo catalog).

const CONNECTIONS = Number(process.argv[2] ?? 16);
const DURATION_S = Number(process.argv[3] ?? 10);
// Each round measures every page beside the floor: a ratio is taken within its round, and the
// median of the rounds reported, so the machine's drift during a run does not decide it.
const ROUNDS = Number(process.argv[4] ?? 3);

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
  { kind: "articles", path: "/issues", target: 0.5 },
  { kind: "search one index", path: "/api/search?q=AI&index=courses" },
  { kind: "search everything", path: "/api/search?q=AI&index=all" },
];

const SEARCH_ROUNDS = 3;
const GZIP_REPEATS = 100;

// What a browser sends: Next then gzips every answer of 1 KB or more, per request (its page cache
// keeps the page, not the compressed bytes). The loads without it show what Next itself costs.
const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";
const WAYS: { name: string; headers: Record<string, string>; title: string }[] = [
  { name: "identity", headers: {}, title: "asked without Accept-Encoding (what Next costs)" },
  {
    name: "browser",
    headers: { "Accept-Encoding": BROWSER_ACCEPT_ENCODING },
    title: `asked as a browser asks (${BROWSER_ACCEPT_ENCODING}): Next gzips each answer`,
  },
];
type Result = Awaited<ReturnType<typeof load>>;

async function load(url: string, headers: Record<string, string>) {
  const { rps, p50, p99, errors, non2xx } = await measureLoad({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers,
  });
  return { rps, p50, p99, failed: errors + non2xx };
}

/**
 * Each page is measured between two loads of the floor and its ratio taken to their mean: the
 * machine's load drifts within a round (with one floor per round, /courses once measured 0.42× in
 * one round and 0.91× in another), and a drift steady over the three loads cancels out. A round
 * asks each page without and then with a browser's Accept-Encoding, the floor likewise.
 */
async function measurePages(url: string) {
  const measured = new Map<string, Result[]>();
  const ratios = new Map<string, number[]>();
  const record = (key: string, result: Result, ratio: number) => {
    measured.set(key, [...(measured.get(key) ?? []), result]);
    ratios.set(key, [...(ratios.get(key) ?? []), ratio]);
  };
  const [floorPage, ...measuredPages] = pages;
  for (let round = 0; round < ROUNDS; round++) {
    for (const { name: way, headers } of WAYS) {
      let before = await load(url + floorPage!.path, headers);
      record(`${way} ${floorPage!.kind}`, before, 1);
      for (const page of measuredPages) {
        const result = await load(url + page.path, headers);
        const after = await load(url + floorPage!.path, headers);
        record(`${way} ${floorPage!.kind}`, after, 1);
        record(`${way} ${page.kind}`, result, result.rps / ((before.rps + after.rps) / 2));
        before = after;
      }
    }
  }
  return { measured, ratios };
}

benchWithPortal("pages", async (portal, search) => {
  // One warm-up pass, so first renders and cold indexes do not count; it also weighs each answer
  // (a cached page's throughput here follows its size: Next writes, and for a browser compresses,
  // the whole document each time). The gzip size is zlib's at Next's level, near what Next sends,
  // and "gzip ms" the CPU that costs once per answer (mean of GZIP_REPEATS, in this process).
  const weights = new Map<string, { bytes: number; gzip: number; gzipMs: number }>();
  for (const page of pages) {
    const body = new Uint8Array(await (await fetch(portal.url + page.path)).arrayBuffer());
    const started = performance.now();
    for (let i = 1; i < GZIP_REPEATS; i++) gzipSync(body);
    const gzip = gzipSync(body).byteLength;
    const gzipMs = (performance.now() - started) / GZIP_REPEATS;
    weights.set(page.kind, { bytes: body.byteLength, gzip, gzipMs });
  }
  const { measured, ratios } = await measurePages(portal.url);
  console.log(
    `${CONNECTIONS} connections, ${DURATION_S} s each, ${ROUNDS} rounds, one server: medians (ratio range across rounds)`,
  );
  for (const { name: way, title } of WAYS) {
    const of = (kind: string, pick: (result: Result) => number) =>
      median(measured.get(`${way} ${kind}`)!.map(pick));
    console.log(`\n${title}\n`);
    console.log(
      `| page | path | KB | KB gzip | gzip ms | req/s | ratio | range | target | p50 ms | p99 ms | failed |`,
    );
    console.log(
      `| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |`,
    );
    for (const page of pages) {
      const pageRatios = ratios.get(`${way} ${page.kind}`)!;
      const ratio = page.kind.startsWith("search") ? null : median(pageRatios);
      const range =
        ratio === null || page.kind === "static floor"
          ? ""
          : `${Math.min(...pageRatios).toFixed(2)}–${Math.max(...pageRatios).toFixed(2)}`;
      const failed = measured
        .get(`${way} ${page.kind}`)!
        .reduce((sum, result) => sum + result.failed, 0);
      const { bytes, gzip, gzipMs } = weights.get(page.kind)!;
      console.log(
        `| ${page.kind} | ${page.path} | ${(bytes / 1024).toFixed(1)} | ${(gzip / 1024).toFixed(1)} | ${gzipMs.toFixed(2)} | ${of(page.kind, (r) => r.rps).toFixed(1)} | ${ratio === null ? "" : `${ratio.toFixed(2)}×`} | ${range} | ${page.target ? `≥ ${page.target}×` : ""} | ${of(page.kind, (r) => r.p50).toFixed(0)} | ${of(page.kind, (r) => r.p99).toFixed(0)} | ${failed} |`,
      );
    }
    const everything = ratios
      .get(`${way} search everything`)!
      .map((ratio, i) => ratio / ratios.get(`${way} search one index`)![i]!);
    console.log(`\nindex=all / one index: ${median(everything).toFixed(2)}× (target ≥ 0.5×)`);
  }

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
