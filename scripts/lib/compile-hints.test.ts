import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, hintStartupScripts } from "./compile-hints.mjs";

const sha256 = (bytes: Buffer | string) =>
  `sha256-${createHash("sha256").update(bytes).digest("base64")}`;

// A build as Next leaves it: a startup chunk and a page chunk, their integrity hashes, and a
// prerendered page and a standalone server's copy of it that load both.
describe("compile hints on the startup scripts", () => {
  let root: string;
  const build = (...parts: string[]) => path.join(root, ".next", ...parts);
  const startup = "(globalThis.TURBOPACK||[]).push(['react-dom'])";
  const pageChunk = "(globalThis.TURBOPACK||[]).push(['page'])";
  const page = `<script src="/_next/static/chunks/react1.js" async="" integrity="${sha256(startup)}"></script><script src="/_next/static/chunks/page1.js" integrity="${sha256(pageChunk)}"></script>`;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
    mkdirSync(build("static", "chunks"), { recursive: true });
    mkdirSync(build("server", "app"), { recursive: true });
    mkdirSync(build("standalone", ".next", "server", "app"), { recursive: true });
    writeFileSync(build("static", "chunks", "react1.js"), startup);
    writeFileSync(build("static", "chunks", "page1.js"), pageChunk);
    writeFileSync(
      build("build-manifest.json"),
      JSON.stringify({ rootMainFiles: ["static/chunks/react1.js"] }),
    );
    writeFileSync(
      build("server", "subresource-integrity-manifest.json"),
      JSON.stringify({
        "static/chunks/react1.js": sha256(startup),
        "static/chunks/page1.js": sha256(pageChunk),
      }),
    );
    writeFileSync(build("server", "app", "index.html"), page);
    writeFileSync(build("standalone", ".next", "server", "app", "index.html"), page);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("hints each startup chunk under a new name that every page and manifest loads with its new hash", () => {
    expect(hintStartupScripts(root)).toBe(1);

    const [startupName] = JSON.parse(readFileSync(build("build-manifest.json"), "utf8"))
      .rootMainFiles as string[];
    expect(startupName).toMatch(/^static\/chunks\/react1-[0-9a-f]{8}\.js$/);
    expect(existsSync(build("static", "chunks", "react1.js"))).toBe(false);
    const hinted = readFileSync(build(startupName!));
    expect(hinted.toString()).toBe(COMPILE_HINT + startup);

    const integrities = JSON.parse(
      readFileSync(build("server", "subresource-integrity-manifest.json"), "utf8"),
    );
    expect(integrities[startupName!]).toBe(sha256(hinted));
    for (const html of [
      build("server", "app", "index.html"),
      build("standalone", ".next", "server", "app", "index.html"),
    ]) {
      const text = readFileSync(html, "utf8");
      expect(text).toContain(`src="/_next/${startupName}" async="" integrity="${sha256(hinted)}"`);
      expect(text).not.toContain(sha256(startup));
      // A page's own chunk is not run at start by every page: it keeps its name and hash.
      expect(text).toContain(
        `src="/_next/static/chunks/page1.js" integrity="${sha256(pageChunk)}"`,
      );
    }
    expect(readFileSync(build("static", "chunks", "page1.js"), "utf8")).toBe(pageChunk);
  });

  it("leaves a build it has hinted as it is", () => {
    hintStartupScripts(root);
    const html = readFileSync(build("server", "app", "index.html"), "utf8");
    expect(hintStartupScripts(root)).toBe(0);
    expect(readFileSync(build("server", "app", "index.html"), "utf8")).toBe(html);
  });

  it("hints a build without integrity hashes", () => {
    rmSync(build("server", "subresource-integrity-manifest.json"));
    expect(hintStartupScripts(root)).toBe(1);
    expect(readFileSync(build("server", "app", "index.html"), "utf8")).toMatch(
      /src="\/_next\/static\/chunks\/react1-[0-9a-f]{8}\.js"/,
    );
  });
});
