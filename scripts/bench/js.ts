import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { benchWithPortal } from "./portal";

// `npm run bench:js`: for each public route of the production build, the gzip size of the
// JavaScript its HTML loads (module scripts; nomodule ones are skipped, as modern browsers do).

const routes = [
  "/",
  "/courses",
  "/courses/kdt2023-robot-01",
  "/courses/compare?ids=kdt2023-it-01,kdt2023-it-02",
  "/programs",
  "/programs/youth-monthly-rent",
  "/issues",
  "/issues/2024-04",
  "/issues/2024-04/k-digital-training-incheon",
  "/issues/2024-04/semiconductor-market-trends",
  "/issues/2024-04/all",
  `/tags/${encodeURIComponent("청년")}`,
  "/search?q=AI",
];

function scriptsOf(html: string) {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => !/\bnomodule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => Boolean(src));
}

benchWithPortal("js", async (portal) => {
  const sizes = new Map<string, number>();
  const gzipSize = async (src: string) => {
    if (!sizes.has(src)) {
      const file = path.join(
        ".next",
        decodeURIComponent(new URL(src, portal.url).pathname).replace(/^\/_next\//, ""),
      );
      sizes.set(src, gzipSync(await readFile(file), { level: 9 }).length);
    }
    return sizes.get(src)!;
  };
  const pages: { route: string; scripts: Set<string> }[] = [];
  for (const route of routes) {
    const response = await fetch(`${portal.url}${route}`);
    if (!response.ok) throw new Error(`${route} answered ${response.status}`);
    pages.push({ route, scripts: new Set(scriptsOf(await response.text())) });
  }
  // The floor: what every page loads (the framework and the shared layout).
  const floor = [...pages[0]!.scripts].filter((src) => pages.every((p) => p.scripts.has(src)));
  let floorBytes = 0;
  for (const src of floor) floorBytes += await gzipSize(src);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`\nshared floor (every page): ${kb(floorBytes)} KB gzip in ${floor.length} files\n`);
  console.log("| route | total KB gzip | over the floor KB |");
  console.log("| --- | ---: | ---: |");
  for (const page of pages) {
    let total = 0;
    for (const src of page.scripts) total += await gzipSize(src);
    console.log(`| ${decodeURIComponent(page.route)} | ${kb(total)} | ${kb(total - floorBytes)} |`);
  }
});
