import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { chromiumPath } from "../../e2e/support/chromium";
import { benchWithPortal } from "./portal";
import { median } from "./stats";
import { startTlsFront } from "./tls-front";

// `npm run bench:phones [runs]`: Lighthouse's mobile run (a mid-range phone on slow 4G)
// on each page of issue 15's phone target — performance ≥ 95 and largest paint ≤ 2.0 s — against
// one production server as `npm start` runs it, demo catalog included. Each run gets a fresh
// browser, as the Lighthouse CLI does, and a page's figures are the medians of its runs.
//
// Headless Chromium sometimes holds a page's first frame back for a whole second or two after
// the page has painted (GoogleChrome/lighthouse#17148: viz stops sending BeginFrames to the
// page). Lighthouse's simulation then counts every script that ran before that frame as holding
// back the paint, so such a run reports a largest paint about a second later than the page
// gave. A run whose first paint comes more than STALL_MS after the load event is counted as
// held, and the medians are printed over all runs and over the runs that were not held.
//
// Even unheld, Lantern counts a script into LCP when it has loaded before the observed paint and
// its first run is shorter than 10 ms (the dependency graph drops shorter tasks, so nothing shows
// that the script ran after the paint) or began before the paint's presentation. On localhost
// every script has loaded by then, so the estimate is about the time to download all of them on
// slow 4G, and whether React's own (longer) run slipped in before the frame was presented.
//
// Each page is measured both ways, one run after the other: through a local HTTPS front speaking
// HTTP/2, as a phone meets the portal behind the TLS proxy of a deployment (the target applies
// here), and straight from `next start`, which speaks HTTP/1.1. Lantern simulates each connection
// the observed load opened: over HTTP/1.1 Chromium opens up to six for the startup scripts, each
// costing its own handshake and slow start on the simulated 150 ms round trip, where over HTTP/2
// they share the document's connection.
//
// The simulation multiplies the CPU time it observed by 4, which suits a host whose benchmark index
// (printed) is 1,000–2,000 (its docs/throttling.md); on a faster host the estimate is kinder.
//
// A third way is Lighthouse's other method, applied throttling (`--throttling-method=devtools`,
// the DevTools panel's unticked "simulated throttling"): Chromium itself delays every request by
// 562.5 ms, caps the download at 1.47 Mbps and slows the page's main thread 4×, and the figures
// are what that load showed. That load is ordered as a phone's is (the text paints before the
// scripts arrive), where a localhost load has every script in before the first paint, and on
// this 2-core host a localhost load's first layout competes with V8 parsing the startup scripts
// on several background threads: the simulation multiplies that contended layout by 4.

const RUNS = Number(process.argv[2] ?? 5);
const STALL_MS = 500;

type Run = {
  score: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  held: boolean;
  benchmarkIndex: number;
};

// Lighthouse runs as its CLI in a process of its own: it sends functions to the browser as their
// source text, which tsx's transform of an imported Lighthouse would break.
const LIGHTHOUSE_CLI = "node_modules/lighthouse/cli/index.js";

type Report = {
  runtimeError?: { message: string };
  environment: { benchmarkIndex: number };
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number; details?: { items: Record<string, number>[] } }>;
};

type Way = {
  name: string;
  url: string;
  /** The front's certificate is made up for the run. */
  acceptCertificate: boolean;
  throttling: "simulate" | "devtools";
};

async function measure(way: Way, page: string): Promise<Run> {
  const url = way.url + page;
  const chromeFlags = ["--headless=new", "--no-sandbox"];
  if (way.acceptCertificate) chromeFlags.push("--ignore-certificate-errors");
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      "--only-categories=performance",
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--throttling-method=${way.throttling}`,
      `--chrome-flags=${chromeFlags.join(" ")}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as Report;
  if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.message}`);
  const metric = (id: string) => report.audits[id]!.numericValue!;
  const observed = report.audits.metrics!.details!.items[0]!;
  return {
    score: Math.round(report.categories.performance.score * 100),
    lcp: metric("largest-contentful-paint"),
    fcp: metric("first-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    held: observed.observedFirstContentfulPaint! - observed.observedLoad! > STALL_MS,
    benchmarkIndex: report.environment.benchmarkIndex,
  };
}

benchWithPortal("phones", async (portal) => {
  const someCourse = (await (await fetch(`${portal.url}/api/search?index=courses`)).json()) as {
    hits: { id: string }[];
  };
  const pages = [
    "/",
    "/courses",
    `/courses/${encodeURIComponent(someCourse.hits[0]!.id)}`,
    "/programs",
    "/programs/youth-monthly-rent",
    "/issues",
    "/issues/2024-04",
    "/issues/2024-04/k-digital-training-incheon",
    "/search?q=AI",
    `/tags/${encodeURIComponent("K-디지털 트레이닝")}`,
  ];
  // The first request renders a page into the cache; a resident meets the cached one.
  for (const page of pages) await (await fetch(portal.url + page)).arrayBuffer();

  const front = await startTlsFront(portal.url);
  const ways: Way[] = [
    {
      name: "simulated, HTTPS HTTP/2",
      url: front.url,
      acceptCertificate: true,
      throttling: "simulate",
    },
    {
      name: "simulated, HTTP/1.1 direct",
      url: portal.url,
      acceptCertificate: false,
      throttling: "simulate",
    },
    {
      name: "applied, HTTPS HTTP/2",
      url: front.url,
      acceptCertificate: true,
      throttling: "devtools",
    },
  ];
  console.log(
    `Lighthouse ${RUNS}× per page and way, mobile (slow 4G, 4× CPU), simulated or applied: medians over all runs, and over the runs whose first frame was not held back\n`,
  );
  console.log(
    "| page | way | score | LCP s | FCP s | TBT ms | CLS | held | score (not held) | LCP s (not held) | host index |",
  );
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  try {
    for (const page of pages) {
      const results = ways.map((way) => ({ way, runs: [] as Run[] }));
      for (let i = 0; i < RUNS; i++) {
        for (const { way, runs } of results) {
          runs.push(await measure(way, page));
        }
      }
      for (const { way, runs } of results) console.log(row(page, way.name, runs));
    }
  } finally {
    await front.stop();
  }
  console.log("\nTargets (issue 15), HTTPS and HTTP/2: score ≥ 95, LCP ≤ 2.0 s, CLS 0.");
});

function row(page: string, way: string, runs: Run[]) {
  const free = runs.filter((run) => !run.held);
  const of = (list: Run[], pick: (run: Run) => number) => median(list.map(pick));
  const seconds = (ms: number) => (Number.isNaN(ms) ? "–" : (ms / 1000).toFixed(2));
  return `| ${decodeURIComponent(page)} | ${way} | ${of(runs, (r) => r.score)} | ${seconds(of(runs, (r) => r.lcp))} | ${seconds(of(runs, (r) => r.fcp))} | ${Math.round(of(runs, (r) => r.tbt))} | ${of(runs, (r) => r.cls).toFixed(3)} | ${runs.length - free.length}/${runs.length} | ${free.length ? of(free, (r) => r.score) : "–"} | ${seconds(of(free, (r) => r.lcp))} | ${Math.round(of(runs, (r) => r.benchmarkIndex))} |`;
}
