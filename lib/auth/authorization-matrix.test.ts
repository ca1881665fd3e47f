import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { seededDatabase } from "@/test/db";
import { submit } from "@/test/actions";
import { request } from "@/test/next-request";
import { sessionTokenFor, testUser } from "@/test/session";
import { actionRoles } from "./action";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

// Every module of server actions under lib/ ("use server"), found on disk: an action added later
// is checked without anyone remembering to list it here. The residents' eligibility check is the
// one public action, by design: it reads published records and writes nothing.
const root = path.resolve(import.meta.dirname, "..");
const publicActionFiles = [path.join("programs", "check-action.ts")];
const actionFiles = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .filter((file) => readFileSync(path.join(root, file), "utf8").startsWith('"use server"'))
  .filter((file) => !publicActionFiles.includes(file))
  .sort();

type Action = (state: unknown, formData: FormData) => Promise<{ status: string; code?: string }>;

async function loadActions() {
  const actions: { name: string; role: string; run: Action }[] = [];
  for (const file of actionFiles) {
    const exports = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports)) {
      const name = `${file}#${exported}`;
      const role = typeof value === "function" ? actionRoles.get(value) : undefined;
      // An action not built by formAction() would skip the session check: fail loudly.
      if (!role) throw new Error(`${name} is not built with formAction() from lib/auth/action.ts`);
      actions.push({ name, role, run: value as Action });
    }
  }
  return actions;
}

// An empty form, as a POST without the UI would send; a redirect comes back as a status.
function callAs(token: string | null, action: Action) {
  request.sessionToken = token;
  return submit(action, {});
}

const auditRows = async () => (await db.select({ n: count() }).from(auditLog))[0]!.n;

describe("authorization matrix: every server action called directly, without the UI", () => {
  let actions: Awaited<ReturnType<typeof loadActions>>;
  let contributorToken: string;
  let editorToken: string;
  let adminToken: string;

  beforeAll(async () => {
    await seededDatabase();
    actions = await loadActions();
    contributorToken = await sessionTokenFor(await testUser("contributor"));
    editorToken = await sessionTokenFor(await testUser("editor"));
    adminToken = await sessionTokenFor(await testUser("admin"));
  });

  it("finds the actions of every domain", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(6);
    expect(actions.length).toBeGreaterThanOrEqual(20);
    // Account and whole-index changes are the admin's alone.
    const adminOnly = actions
      .filter((a) => a.name.startsWith(`users${path.sep}`))
      .concat(actions.filter((a) => a.name.endsWith("#rebuildSearchIndexes")));
    expect(adminOnly.length).toBeGreaterThanOrEqual(5);
    for (const action of adminOnly) expect(action.role, action.name).toBe("admin");
  });

  it("refuses anonymous callers every action, before reading input and writing nothing", async () => {
    const before = await auditRows();
    for (const action of actions) {
      const result = await callAs(null, action.run);
      expect(result, action.name).toMatchObject({ status: "error", code: "unauthenticated" });
    }
    expect(await auditRows()).toBe(before);
  });

  it("refuses a forged or foreign session cookie", async () => {
    for (const action of actions) {
      const result = await callAs("not-a-real-token", action.run);
      expect(result, action.name).toMatchObject({ code: "unauthenticated" });
    }
  });

  it("refuses editors the admin-only actions and lets them reach input checks on the rest", async () => {
    const before = await auditRows();
    for (const action of actions.filter((a) => a.role === "admin")) {
      const result = await callAs(editorToken, action.run);
      expect(result, action.name).toMatchObject({ status: "error", code: "forbidden" });
    }
    expect(await auditRows()).toBe(before);
    for (const action of actions.filter((a) => a.role !== "admin")) {
      const result = await callAs(editorToken, action.run);
      expect(["unauthenticated", "forbidden"], action.name).not.toContain(result.code);
    }
  });

  it("lets contributors write drafts, upload their figures and ask for review, and nothing an editor decides", async () => {
    const before = await auditRows();
    const forContributors = actions.filter((a) => a.role === "contributor");
    expect(forContributors.map((a) => a.name.split("#")[1]).sort()).toEqual([
      "autosaveArticle",
      "createArticle",
      "discardAutosave",
      "requestReview",
      "saveArticle",
      "uploadImage",
    ]);
    for (const action of actions.filter((a) => a.role !== "contributor")) {
      const result = await callAs(contributorToken, action.run);
      expect(result, action.name).toMatchObject({ status: "error", code: "forbidden" });
    }
    expect(await auditRows()).toBe(before);
    for (const action of forContributors) {
      const result = await callAs(contributorToken, action.run);
      expect(["unauthenticated", "forbidden"], action.name).not.toContain(result.code);
    }
  });

  it("lets admins past the session check of every action", async () => {
    for (const action of actions) {
      const result = await callAs(adminToken, action.run);
      expect(["unauthenticated", "forbidden"], action.name).not.toContain(result.code);
    }
  });
});

describe("workspace pages", () => {
  // Layouts are not rendered again on client-side navigation, so each page must check by itself.
  const workspace = path.resolve(root, "../app/admin/(workspace)");
  const pages = readdirSync(workspace, { recursive: true, encoding: "utf8" }).filter((file) =>
    /(^|\/)(page|layout)\.tsx$/.test(file),
  );

  it.each(pages)("%s checks the session before reading anything", (file) => {
    const source = readFileSync(path.join(workspace, file), "utf8");
    expect(source).toMatch(/await editorForPage\(/);
  });
});
