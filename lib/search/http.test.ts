import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { meilisearchHttpClient } from "./http";

const url = process.env.MEILI_URL!;
const headers = {
  Authorization: `Bearer ${process.env.MEILI_MASTER_KEY}`,
  "Content-Type": "application/json",
};

describe("meilisearchHttpClient", () => {
  it("returns parsed JSON and leaves no listener on a signal shared by many requests", async () => {
    const controller = new AbortController();
    for (let i = 0; i < 20; i++) {
      expect(
        await meilisearchHttpClient(`${url}/health`, { headers, signal: controller.signal }),
      ).toEqual({
        status: "available",
      });
    }
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("sends a large body whole and throws Meilisearch's API error with its code", async () => {
    const body = JSON.stringify({ q: "x".repeat(5_000) });
    const failure = await meilisearchHttpClient(`${url}/indexes/no_such_index/search`, {
      method: "POST",
      headers,
      body,
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      name: "MeilisearchApiError",
      cause: { code: "index_not_found" },
    });
  });

  it("stops a request when its signal aborts", async () => {
    const controller = new AbortController();
    controller.abort(new Error("gave up"));
    await expect(
      meilisearchHttpClient(`${url}/health`, { headers, signal: controller.signal }),
    ).rejects.toThrow("gave up");
  });
});
