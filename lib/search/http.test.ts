import { getEventListeners } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  meilisearchHttpClient,
  meilisearchHttpClientWithDeadline,
  SearchDeadlineError,
} from "./http";

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

describe("meilisearchHttpClientWithDeadline", () => {
  async function slowServer(delayMs: number) {
    let received!: () => void;
    const requestReceived = new Promise<void>((resolve) => (received = resolve));
    const server = createServer((_request, response) => {
      setTimeout(() => response.end('{"ok":true}'), delayMs);
      received();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      server,
      requestReceived,
    };
  }

  it("gives up on an answer that takes longer than the deadline", async () => {
    const { url: slow, server } = await slowServer(1_000);
    const send = meilisearchHttpClientWithDeadline(100);
    await expect(send(`${slow}/indexes/x/search`, { method: "POST", body: "{}" })).rejects.toThrow(
      SearchDeadlineError,
    );
    server.close();
  });

  it("counts Meilisearch's time, not the time this process was too busy to read the answer", async () => {
    const { url: quick, server, requestReceived } = await slowServer(50);
    const send = meilisearchHttpClientWithDeadline(100);
    const answer = send(`${quick}/indexes/x/search`, { method: "POST", body: "{}" });
    // Busy rendering a page: the answer arrives while the process cannot read it, and the
    // deadline's timer comes due before the socket is read. (Busy only once Meilisearch has the
    // question: on a loaded machine it could otherwise arrive only after the deadline.)
    await requestReceived;
    const busyUntil = Date.now() + 300;
    while (Date.now() < busyUntil) {
      // spin
    }
    await expect(answer).resolves.toEqual({ ok: true });
    server.close();
  });
});
