import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsCurrent, recordBuild, sourceHash } from "./build-stamp.mjs";

describe("the build stamp", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "build-stamp-"));
    mkdirSync(path.join(root, "app"));
    writeFileSync(path.join(root, "app", "page.tsx"), "export default function Page() {}");
    mkdirSync(path.join(root, ".next"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("makes a recorded build current until a source changes", () => {
    writeFileSync(path.join(root, ".next", "BUILD_ID"), "abc");
    expect(buildIsCurrent(root)).toBe(false);
    recordBuild(root, sourceHash(root));
    expect(buildIsCurrent(root)).toBe(true);
    // A test file is not an input of the build.
    writeFileSync(path.join(root, "app", "page.test.ts"), "");
    expect(buildIsCurrent(root)).toBe(true);
    writeFileSync(
      path.join(root, "app", "page.tsx"),
      "export default function Page() { return 1 }",
    );
    expect(buildIsCurrent(root)).toBe(false);
  });

  it("records the sources a build started from: one saved while it ran leaves it stale", () => {
    writeFileSync(path.join(root, ".next", "BUILD_ID"), "abc");
    const started = sourceHash(root);
    writeFileSync(
      path.join(root, "app", "page.tsx"),
      "export default function Page() { return 2 }",
    );
    recordBuild(root, started);
    expect(buildIsCurrent(root)).toBe(false);
  });

  it("does not take a stamp without a finished build for one", () => {
    recordBuild(root, sourceHash(root));
    expect(buildIsCurrent(root)).toBe(false);
  });
});
