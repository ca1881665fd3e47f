import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cacheTagExpirations, courses, searchOutbox } from "@/lib/db/schema";
import { seededDatabase } from "@/test/db";
import { connectSearch, indexUid, searchClient, settle } from "./client";
import { claimDueRows, drainSearchOutbox, enqueueSearchSync, pendingOutbox } from "./outbox";
import { search } from "@/lib/catalog/everything";
import type { SearchHit } from "./hits";
import { prepareSearchIndexes } from "./ready";
import { findDrift, RebuildBusyError, reindexAll } from "./sync";
import { indexSettings } from "@/lib/catalog/index-settings";

const liveServer = { url: process.env.MEILI_URL!, key: process.env.MEILI_MASTER_KEY };

async function courseIds(q: string) {
  const result = await search({ q, index: "courses", page: 1, pageSize: 50 });
  expect(result.fallback).toBe(false);
  return result.hits.map((hit) => hit.id);
}

describe("search sync against a real Meilisearch", () => {
  beforeAll(async () => {
    await seededDatabase();
    await prepareSearchIndexes(indexSettings, () => {});
  });

  it("indexes every published record and finds the smart-factory courses", async () => {
    expect(await findDrift()).toEqual([]);
    expect(await db.$count(searchOutbox, pendingOutbox)).toBe(0);
    const ids = await courseIds("스마트팩토리");
    expect(ids).toEqual(
      expect.arrayContaining(["kdt2023-robot-01", "kdt2023-smartfactory-01", "kdt2023-bigdata-01"]),
    );
  });

  it("applies the declared synonyms and Korean settings", async () => {
    const settings = await searchClient().index(indexUid("courses")).getSettings();
    expect(settings.localizedAttributes).toEqual([
      {
        attributePatterns: expect.arrayContaining(["title", "tags", "provider"]),
        locales: ["kor"],
      },
    ]);
    expect(settings.searchableAttributes).toContain("initials");
    expect(settings.synonyms?.["스마트공장"]).toContain("스마트팩토리");
    expect(await courseIds("스마트공장")).toContain("kdt2023-robot-01");
  });

  it("removes a course from the index when it is unpublished, and adds it back when published", async () => {
    const setStatus = (status: "draft" | "published") =>
      db.transaction(async (tx) => {
        await tx.update(courses).set({ status }).where(eq(courses.externalId, "kdt2023-vrar-01"));
        await enqueueSearchSync(tx, "course", ["kdt2023-vrar-01"]);
      });

    await setStatus("draft");
    expect(await drainSearchOutbox()).toMatchObject({ synced: 1, failed: 0, remaining: 0 });
    expect(await courseIds("VR")).not.toContain("kdt2023-vrar-01");

    await setStatus("published");
    await drainSearchOutbox();
    expect(await courseIds("VR")).toContain("kdt2023-vrar-01");
  });

  const expiredAt = async (tag: string) =>
    (await db.select().from(cacheTagExpirations).where(eq(cacheTagExpirations.tag, tag)))[0]
      ?.expiredAt ?? 0;

  it("expires the catalog's cached lists once the index has the change, not only at the write", async () => {
    // A catalog rendered between the write's commit and this push read the old index.
    const coursesExpiredAt = () => expiredAt("courses");
    const before = await coursesExpiredAt();
    await db.transaction((tx) => enqueueSearchSync(tx, "course", ["kdt2023-vrar-01"]));
    const pushedAfter = Date.now();
    await drainSearchOutbox();
    expect(await coursesExpiredAt()).toBeGreaterThanOrEqual(Math.max(before, pushedAfter));
    // Nothing pushed, nothing expired.
    const quiet = await coursesExpiredAt();
    await drainSearchOutbox();
    expect(await coursesExpiredAt()).toBe(quiet);
  });

  it("treats a task that ends failed as an error, not a success", async () => {
    const index = searchClient().index(indexUid("courses"));
    await expect(settle(index.addDocuments([{ id: "not valid!", title: "x" }]))).rejects.toThrow(
      /failed: invalid_document_id/,
    );
  });

  it("keeps outbox rows with a back-off when Meilisearch is unreachable, then drains them", async () => {
    await db.transaction((tx) => enqueueSearchSync(tx, "course", ["kdt2023-it-01"]));
    connectSearch({ url: "http://127.0.0.1:9", key: "unreachable" });
    const now = Date.now();
    try {
      expect(await drainSearchOutbox(() => now)).toMatchObject({
        synced: 0,
        failed: 1,
        remaining: 1,
      });
      const [row] = await db.select().from(searchOutbox).where(pendingOutbox);
      expect(row).toMatchObject({ attempts: 1, documentId: "kdt2023-it-01" });
      expect(row!.lastError).toBeTruthy();
      expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(now);
    } finally {
      connectSearch(liveServer);
    }
    // Not due yet: the back-off holds it.
    expect(await drainSearchOutbox(() => now)).toMatchObject({ synced: 0, remaining: 1 });
    expect(await drainSearchOutbox(() => now + 60_000)).toMatchObject({ synced: 1, remaining: 0 });
  });

  it("rebuilds all indexes into fresh ones and swaps them in", async () => {
    await searchClient().index(indexUid("courses")).deleteDocument("kdt2023-it-02").waitTask();
    expect(await findDrift()).toEqual([
      { index: "courses", missing: ["kdt2023-it-02"], extra: [] },
    ]);
    const rebuiltAfter = Date.now();
    expect(await reindexAll(indexSettings)).toEqual({ courses: 14, programs: 10, articles: 11 });
    expect(await findDrift()).toEqual([]);
    // Cached catalogs and search answers read the old indexes: all three lists are expired.
    for (const tag of ["courses", "programs", "issues"])
      expect(await expiredAt(tag)).toBeGreaterThanOrEqual(rebuiltAfter);
    const { results } = await searchClient().getIndexes({ limit: 100 });
    expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(indexUid("")))).toHaveLength(3);
  });

  it("keeps an edit the drain pushed to the old index while a rebuild ran", async () => {
    const edit = (title: string) =>
      db.transaction(async (tx) => {
        await tx.update(courses).set({ title }).where(eq(courses.externalId, "kdt2023-it-01"));
        await enqueueSearchSync(tx, "course", ["kdt2023-it-01"]);
      });
    await reindexAll(indexSettings, {
      // After the snapshot, before the swap: an editor saves, and the drain confirms it.
      afterSnapshot: async (name) => {
        if (name !== "courses") return;
        await edit("재구축 중에 고친 과정명");
        expect(await drainSearchOutbox()).toMatchObject({ synced: 1 });
      },
    });
    const document = await searchClient()
      .index(indexUid("courses"))
      .getDocument<{ title: string }>("kdt2023-it-01");
    expect(document.title).toBe("재구축 중에 고친 과정명");
  });

  it("keeps an edit made during a rebuild when Meilisearch fails right after the swap", async () => {
    const title = "재구축 직후 장애에도 남는 과정명";
    await expect(
      reindexAll(indexSettings, {
        afterSnapshot: async (name) => {
          if (name !== "courses") return;
          await db.transaction(async (tx) => {
            await tx.update(courses).set({ title }).where(eq(courses.externalId, "kdt2023-it-01"));
            await enqueueSearchSync(tx, "course", ["kdt2023-it-01"]);
          });
          // Confirmed into the old index, which the swap is about to replace.
          expect(await drainSearchOutbox()).toMatchObject({ synced: 1 });
        },
        afterSwap: async (name) => {
          if (name === "courses") connectSearch({ url: "http://127.0.0.1:9", key: "unreachable" });
        },
      }),
    ).rejects.toThrow();
    connectSearch(liveServer);
    // The edit waits in the outbox for its retry rather than being lost with the old index.
    expect(await db.$count(searchOutbox, pendingOutbox)).toBe(1);
    expect(await drainSearchOutbox(() => Date.now() + 60_000)).toMatchObject({ synced: 1 });
    const document = await searchClient()
      .index(indexUid("courses"))
      .getDocument<{ title: string }>("kdt2023-it-01");
    expect(document.title).toBe(title);
    await reindexAll(indexSettings);
  });

  it("runs one rebuild at a time: a second one at once is refused and the indexes stay whole", async () => {
    await searchClient().index(indexUid("courses")).deleteDocument("kdt2023-it-02").waitTask();
    const [first, second] = await Promise.allSettled([
      reindexAll(indexSettings),
      reindexAll(indexSettings),
    ]);
    expect(first).toMatchObject({
      status: "fulfilled",
      value: { courses: 14, programs: 10, articles: 11 },
    });
    expect(second).toMatchObject({ status: "rejected", reason: expect.any(RebuildBusyError) });
    expect(await findDrift()).toEqual([]);
    const settings = await searchClient().index(indexUid("courses")).getSettings();
    expect(settings.filterableAttributes).toEqual(indexSettings.courses.filterableAttributes);
    // Done, it gives the lease back: the next rebuild runs.
    expect(await reindexAll(indexSettings)).toMatchObject({ courses: 14 });
  });

  it("pushes a change written while a drain runs without waiting for the periodic one", async () => {
    // The running drain has already claimed (nothing) when the editor's row is written.
    const running = drainSearchOutbox();
    const afterWrite = drainSearchOutbox();
    // Two single statements: a transaction held open across awaits would make the drain's own
    // writes wait out the busy timeout.
    await db
      .update(courses)
      .set({ title: "드레인 중에 고친 과정명" })
      .where(eq(courses.externalId, "kdt2023-it-01"));
    await db.insert(searchOutbox).values({ entity: "course", documentId: "kdt2023-it-01" });
    await running;
    expect(await afterWrite).toMatchObject({ synced: 1, remaining: 0 });
    const document = await searchClient()
      .index(indexUid("courses"))
      .getDocument<{ title: string }>("kdt2023-it-01");
    expect(document.title).toBe("드레인 중에 고친 과정명");
  });

  it("lets one drain at a time work a row: a claimed row waits until its claim ends", async () => {
    await db.transaction((tx) => enqueueSearchSync(tx, "course", ["a", "b", "c"]));
    const now = Date.now();
    const first = await claimDueRows(now, "first drain");
    expect(first.map((row) => row.documentId)).toEqual(["a", "b", "c"]);
    expect(await claimDueRows(now, "second drain")).toEqual([]);
    // The first drain died without finishing: after its claim ends, another takes the rows.
    expect(
      (await claimDueRows(now + 6 * 60_000, "second drain")).map((row) => row.documentId),
    ).toEqual(["a", "b", "c"]);
    await drainSearchOutbox(() => now + 12 * 60_000);
    expect(await db.$count(searchOutbox, pendingOutbox)).toBe(0);
  });

  it("a drain whose claim lapsed mid-push leaves the rows to their new holder and pushes again", async () => {
    await db.transaction((tx) => enqueueSearchSync(tx, "course", ["kdt2023-it-01"]));
    const [row] = await db.select().from(searchOutbox).where(pendingOutbox);
    let takenOver: Awaited<ReturnType<typeof claimDueRows>> = [];
    const result = await drainSearchOutbox(undefined, {
      // Meilisearch was slow: by the time the push returns, the claim has lapsed, another drain
      // has taken the row, and the course has been edited.
      afterPush: async () => {
        if (takenOver.length > 0) return;
        takenOver = await claimDueRows(Date.now() + 6 * 60_000, "other drain");
        await db
          .update(courses)
          .set({ title: "밀린 드레인 뒤에 고친 과정명" })
          .where(eq(courses.externalId, "kdt2023-it-01"));
      },
    });
    expect(takenOver.map((taken) => taken.id)).toEqual([row!.id]);
    // The other drain's row is still its own to settle…
    const [held] = await db.select().from(searchOutbox).where(eq(searchOutbox.id, row!.id));
    expect(held).toMatchObject({ claimToken: "other drain", syncedAt: null });
    // …and this drain queued the course again and pushed it, reading the database after the edit.
    expect(result).toMatchObject({ synced: 1, remaining: 1 });
    const document = await searchClient()
      .index(indexUid("courses"))
      .getDocument<{ title: string }>("kdt2023-it-01");
    expect(document.title).toBe("밀린 드레인 뒤에 고친 과정명");
  });

  it("Meilisearch's hits say what the database's say: each record's status, dates and link", async () => {
    const request = { q: "지원", index: "all", page: 1, pageSize: 50 } as const;
    const shown = (hits: SearchHit[]) =>
      new Map(
        hits.map(({ type, id, status, when, url, meta, sample }) => [
          `${type}:${id}`,
          { status, when, url, meta, sample },
        ]),
      );
    const live = await search(request);
    expect(live.fallback).toBe(false);
    connectSearch({ url: "http://127.0.0.1:9", key: "unreachable" });
    let fallback;
    try {
      fallback = await search(request);
    } finally {
      connectSearch(liveServer);
    }
    expect(fallback.fallback).toBe(true);
    const fromDatabase = shown(fallback.hits);
    const both = [...shown(live.hits)].filter(([key]) => fromDatabase.has(key));
    // Many courses and programs (the seed's rounds of 2023, its 2024 programs), not one lucky hit.
    expect(both.filter(([key]) => key.startsWith("course:")).length).toBeGreaterThan(5);
    expect(both.filter(([key]) => key.startsWith("program:")).length).toBeGreaterThan(5);
    for (const [key, hit] of both)
      expect({ key, ...hit }).toEqual({ key, ...fromDatabase.get(key) });
  });

  it("answers from the database, flagged as a fallback, when Meilisearch is down", async () => {
    connectSearch({ url: "http://127.0.0.1:9", key: "unreachable" });
    try {
      const result = await search({ q: "스마트팩토리", index: "all", page: 1, pageSize: 10 });
      expect(result.fallback).toBe(true);
      expect(result.hits.map((h) => h.id)).toContain("kdt2023-robot-01");
      expect(result.hits.every((h) => h.url.startsWith("/"))).toBe(true);
    } finally {
      connectSearch(liveServer);
    }
  });
});
