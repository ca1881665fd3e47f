import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../lib/search/local-server";
import { startPortal, type PortalServer } from "../scripts/lib/portal-server";

// PORTAL_COMPRESS=off is for a portal behind a proxy that compresses: Next then sends every page
// as it is. Read when the server starts, so the same build serves both ways.
test.describe.configure({ mode: "serial" });

const issuePath = "/issues/2024-04";

let root: string;
let portal: PortalServer | undefined;

test.beforeAll(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a server's answer; desktop is enough");
  root = mkdtempSync(path.join(tmpdir(), "portal-compress-"));
});

test.afterAll(async () => {
  await portal?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A page asked as a browser asks, read as raw bytes with the headers Next sent. */
function askAsBrowser(url: string): Promise<{ encoding?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip, deflate, br, zstd" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }),
        );
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

test("an invalid PORTAL_COMPRESS stops the portal at start-up with the variable named", async () => {
  test.setTimeout(120_000);
  await expect(
    startPortal({ DATA_DIR: path.join(root, "invalid"), PORTAL_COMPRESS: "no" }, await freePort()),
  ).rejects.toThrow(/PORTAL_COMPRESS: Invalid option: expected one of "on"\|"off"/);
});

test("by default pages are gzipped; with PORTAL_COMPRESS=off they are sent whole", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const compressed = await askAsBrowser(`${baseURL}${issuePath}`);
  expect(compressed.encoding).toBe("gzip");

  portal = await startPortal(
    { DATA_DIR: path.join(root, "data"), DEMO_CATALOG: "off", PORTAL_COMPRESS: "off" },
    await freePort(),
  );
  const plain = await askAsBrowser(`${portal.url}${issuePath}`);
  expect(plain.encoding).toBeUndefined();
  const html = plain.body.toString("utf8");
  expect(html).toContain("인천 경제산업 Issue &amp; Trend");
  expect(html.trimEnd()).toMatch(/<\/html>$/);
  // The same page, several times its compressed size: nothing was cut short.
  expect(plain.body.length).toBeGreaterThan(3 * compressed.body.length);
});
