import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalMeilisearch, type LocalMeilisearch } from "@/lib/search/local-server";

// One real Meilisearch for the whole run, on a free port with a throw-away data folder.
// Each test file gets its own database file and index prefix (test/setup-file.ts).
let meili: LocalMeilisearch | undefined;
let root: string | undefined;

export async function setup(project: TestProject) {
  root = mkdtempSync(path.join(tmpdir(), "portal-test-"));
  meili = await startLocalMeilisearch({ dataDir: path.join(root, "meili") });
  project.provide("meiliUrl", meili.url);
  project.provide("meiliKey", meili.key);
  project.provide("testRoot", root);
}

export async function teardown() {
  await meili?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliKey: string;
    testRoot: string;
  }
}
