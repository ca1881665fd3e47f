import { mkdtempSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import { freePort, startLocalMeilisearch, type LocalMeilisearch } from "./local-server";
import { indexSettings } from "@/lib/catalog/index-settings";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

// This file runs its own Meilisearch so it can stop and restart it; the portal's modules are
// imported only after MEILI_URL points at it (lib/env reads the environment once).
const dataDir = mkdtempSync(path.join(inject("testRoot"), "outage-meili-"));
let meili: LocalMeilisearch;
let port: number;

async function portal() {
  return {
    ...(await import("@/lib/courses/actions")),
    ...(await import("@/lib/programs/actions")),
    ...(await import("./outbox")),
    ...(await import("./sync")),
    ...(await import("./ready")),
    ...(await import("@/lib/db/client")),
    ...(await import("@/lib/db/schema")),
    ...(await import("@/test/actions")),
    ...(await import("@/test/db")),
  };
}

describe("Meilisearch stopped while editors save", () => {
  beforeAll(async () => {
    port = await freePort();
    meili = await startLocalMeilisearch({ dataDir, port });
    process.env.MEILI_URL = meili.url;
    process.env.MEILI_MASTER_KEY = meili.key;
    process.env.MEILI_TIMEOUT_MS = "500";
    const { seededDatabase, prepareSearchIndexes, signInAs } = await portal();
    await seededDatabase();
    await prepareSearchIndexes(indexSettings, () => undefined);
    await signInAs("editor");
  });

  afterAll(async () => {
    await meili?.stop();
  });

  it("keeps every save, grows the outbox, then drains it until the indexes equal the published rows", async () => {
    const {
      db,
      courses,
      programs,
      searchOutbox,
      submit,
      bulkUpdateCourses,
      bulkUpdatePrograms,
      saveCourse,
      drainSearchOutbox,
      pendingOutbox,
      findDrift,
    } = await portal();
    await meili.stop();

    const [course] = await db.select().from(courses).limit(1);
    const saved = await submit(saveCourse, {
      id: String(course!.id),
      version: String(course!.version),
      externalId: course!.externalId,
      title: `${course!.title} (검색 중단 중 수정)`,
      provider: course!.provider,
      trainingType: course!.trainingType,
      field: course!.field,
      totalHours: String(course!.totalHours),
      capacity: String(course!.capacity),
      year: String(course!.year),
      cardEligible: "on",
    });
    expect(saved.status).toBe("ok");
    const programRows = await db.select({ id: programs.id }).from(programs).limit(3);
    const unpublished = await submit(bulkUpdatePrograms, {
      ids: programRows.map((p) => String(p.id)),
      operation: "unpublish",
    });
    expect(unpublished.status).toBe("ok");
    const courseRows = await db.select({ id: courses.id }).from(courses).limit(4);
    const deleted = await submit(bulkUpdateCourses, {
      ids: courseRows.slice(2).map((c) => String(c.id)),
      operation: "delete",
    });
    expect(deleted.status).toBe("ok");

    const outage = await drainSearchOutbox();
    expect(outage.synced).toBe(0);
    expect(outage.failed).toBeGreaterThanOrEqual(6);
    const waiting = await db.select().from(searchOutbox).where(pendingOutbox);
    expect(waiting.length).toBeGreaterThanOrEqual(6);
    expect(waiting.every((row) => row.attempts >= 1 && row.lastError)).toBe(true);

    meili = await startLocalMeilisearch({ dataDir, port });
    // The rows wait out their back-off; a drain "from the future" takes them all now.
    const later = () => Date.now() + 60 * 60_000;
    const recovered = await drainSearchOutbox(later);
    expect(recovered).toMatchObject({ failed: 0, remaining: 0 });
    expect(await findDrift()).toEqual([]);
  });
});
