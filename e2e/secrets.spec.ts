import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

// The build is the same for every viewport.
test("no Meilisearch key reaches the browser", { tag: "@server" }, async ({ request }) => {
  const key = process.env.E2E_MEILI_KEY!;
  expect(key.length).toBeGreaterThan(16);

  const clientFiles = await filesUnder(path.resolve(".next/static"));
  expect(clientFiles.length).toBeGreaterThan(0);
  for (const file of clientFiles) {
    const text = await readFile(file, "utf8");
    expect(text.includes(key), file).toBe(false);
    expect(text.includes("MEILI_MASTER_KEY"), file).toBe(false);
  }

  for (const url of ["/", "/courses", "/search?q=AI", "/api/search?q=AI"]) {
    const body = await (await request.get(url)).text();
    expect(body.includes(key), url).toBe(false);
    expect(body.includes(process.env.E2E_MEILI_URL!), url).toBe(false);
  }
});
