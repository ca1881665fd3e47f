import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoizedByTags } from "./memo";

const shared = globalThis as {
  __portalCacheTagExpirations?: Map<string, number>;
  __portalRefreshCacheTagExpirations?: () => Promise<void>;
};

function searchCounting() {
  let calls = 0;
  const search = memoizedByTags({
    maxSize: 10_000,
    key: (q: string) => q,
    tags: (q: string) => (q.startsWith("!") ? ["programs"] : ["courses"]),
    compute: async (q: string) => {
      calls += 1;
      if (q === "fail") throw new Error("Meilisearch is down");
      return { q, answer: calls };
    },
  });
  return { search, calls: () => calls };
}

/** Each computation waits until the test answers it (answers[i] for the i-th). */
function searchAnsweredByHand() {
  const answers: ((value: string) => void)[] = [];
  const search = memoizedByTags({
    maxSize: 10_000,
    key: (q: string) => q,
    tags: () => ["courses"],
    compute: () => new Promise<string>((resolve) => answers.push(resolve)),
  });
  return { search, answers };
}

describe("answers kept until their tags expire", () => {
  beforeEach(() => {
    shared.__portalCacheTagExpirations = new Map();
    shared.__portalRefreshCacheTagExpirations = async () => {};
  });
  afterEach(() => {
    delete shared.__portalCacheTagExpirations;
    delete shared.__portalRefreshCacheTagExpirations;
    vi.useRealTimers();
  });

  it("answers a repeated question from memory, each question on its own", async () => {
    const { search, calls } = searchCounting();
    expect(await search("AI")).toEqual({ q: "AI", answer: 1 });
    expect(await search("AI")).toEqual({ q: "AI", answer: 1 });
    expect(await search("용접")).toEqual({ q: "용접", answer: 2 });
    expect(calls()).toBe(2);
  });

  it("asks again once a tag of the answer is expired, and only for answers with that tag", async () => {
    vi.useFakeTimers({ now: 1_000 });
    const { search, calls } = searchCounting();
    await search("AI");
    await search("!청년");
    vi.setSystemTime(2_000);
    shared.__portalCacheTagExpirations!.set("courses", 2_000);
    expect(await search("AI")).toEqual({ q: "AI", answer: 3 });
    expect(await search("!청년")).toEqual({ q: "!청년", answer: 2 });
    expect(calls()).toBe(3);
  });

  it("does not keep an answer whose tag was expired while it was computed", async () => {
    vi.useFakeTimers({ now: 1_000 });
    let calls = 0;
    const search = memoizedByTags({
      maxSize: 10_000,
      key: (q: string) => q,
      tags: () => ["courses"],
      compute: async () => {
        calls += 1;
        // The outbox drain indexes a change and expires the tag while Meilisearch is answering.
        if (calls === 1) shared.__portalCacheTagExpirations!.set("courses", Date.now());
        vi.setSystemTime(Date.now() + 10);
        return calls;
      },
    });
    expect(await search("AI")).toBe(1);
    expect(await search("AI")).toBe(2);
    expect(await search("AI")).toBe(2);
  });

  it("asks again after fifteen minutes, whatever the tags", async () => {
    vi.useFakeTimers({ now: 1_000 });
    const { search, calls } = searchCounting();
    await search("AI");
    vi.setSystemTime(1_000 + 14 * 60_000);
    expect(await search("AI")).toEqual({ q: "AI", answer: 1 });
    vi.setSystemTime(1_000 + 15 * 60_000);
    expect(await search("AI")).toEqual({ q: "AI", answer: 2 });
    expect(calls()).toBe(2);
  });

  it("lets callers asking the same at once share one computation", async () => {
    const { search, answers } = searchAnsweredByHand();
    const together = Promise.all([search("AI"), search("AI"), search("AI")]);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    answers[0]!("hits");
    expect(await together).toEqual(["hits", "hits", "hits"]);
    expect(answers).toHaveLength(1);
  });

  it("does not let a caller who comes after a change join a computation begun before it", async () => {
    vi.useFakeTimers({ now: 1_000 });
    const { search, answers } = searchAnsweredByHand();
    const before = search("AI");
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    vi.setSystemTime(2_000);
    shared.__portalCacheTagExpirations!.set("courses", 2_000);
    vi.setSystemTime(3_000);
    const after = search("AI");
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]!("new");
    answers[0]!("old");
    expect(await before).toBe("old");
    expect(await after).toBe("new");
    // The later answer is the one kept.
    expect(await search("AI")).toBe("new");
    expect(answers).toHaveLength(2);
  });

  it("keeps no failure", async () => {
    const { search, calls } = searchCounting();
    await expect(search("fail")).rejects.toThrow("Meilisearch is down");
    await expect(search("fail")).rejects.toThrow("Meilisearch is down");
    expect(calls()).toBe(2);
  });

  it("keeps nothing where the cache handlers do not run", async () => {
    delete shared.__portalCacheTagExpirations;
    const { search, calls } = searchCounting();
    await search("AI");
    await search("AI");
    expect(calls()).toBe(2);
  });
});
