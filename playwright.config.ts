import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/support/chromium";

// Against the production build, on a server the global setup starts on 127.0.0.1 and a free port.
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  globalSetup: "./e2e/support/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Budgets for a shared host, not speed checks (bench:* measure speed). On 2026-12-02 the host
  // ran the suite 2.4× slower than in the session before (25.8 against 10.8 min): editor flows of ten page
  // loads took 31–35 s against 15–22 s alone, and a publish's notice 10+ s.
  timeout: 60_000,
  // A page's first render is uncached: the whole April issue (455 KB) takes 1 s on an idle machine
  // and passed 5 s once in CI, where two workers share two cores with the server and Meilisearch.
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    // A failed test keeps its trace of DOM snapshots; the screencast is left out, as recording it
    // took a sixth of the suite's time (catalog.spec on desktop: 3.6 min with it, 3.1 without).
    trace: { mode: "retain-on-failure", screenshots: false },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Tests tagged @desk (an editor's work at a desk: writing, figures, the monthly flow; a wide
    // screen's layout) and @server (a server's answer, the same for any viewport) run once, on
    // desktop; tests tagged @phone (a narrow screen's layout, or what a page says, which no screen
    // changes) run once, on the phone, where most residents read. The phone still signs in to the
    // workspace, checks its pages with axe and uses its 쓰기/미리보기 tabs.
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      grepInvert: /@phone/,
    },
    { name: "mobile", use: { ...devices["Pixel 7"] }, grepInvert: /@desk|@server/ },
  ],
});
