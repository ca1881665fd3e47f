import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase } from "@/test/db";
import { answerSearchApi, searchApiResponse } from "./api";
import { connectSearch } from "@/lib/search/client";
import { prepareSearchIndexes } from "@/lib/search/ready";
import { indexSettings } from "@/lib/catalog/index-settings";

const liveServer = { url: process.env.MEILI_URL!, key: process.env.MEILI_MASTER_KEY };

describe("search API when Meilisearch accepts the connection but never answers", () => {
  let silent: Server;

  beforeAll(async () => {
    await seededDatabase();
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    connectSearch({ url: `http://127.0.0.1:${port}`, key: "silent-server-key" });
  });

  afterAll(async () => {
    connectSearch(liveServer);
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  // Without the deadline these would wait for the silent server until the test timed out.
  it.each([
    ["a search across everything", { q: "스마트팩토리" }],
    ["a course search with filters", { q: "스마트팩토리", index: "courses", sort: "start" }],
  ])("answers %s from the database, flagged as a fallback", async (_name, params) => {
    const { status, body } = await answerSearchApi(new URLSearchParams(params));
    expect(status).toBe(200);
    expect(body).toMatchObject({ fallback: true });
    const hits = (body as { hits: { id: string; type: string; sample: boolean }[] }).hits;
    expect(hits.map((hit) => hit.id)).toContain("kdt2023-robot-01");
    // The bulletin's courses are filled-in samples; programs and articles are real.
    for (const hit of hits) expect(hit.sample, JSON.stringify(hit)).toBe(hit.type === "course");
  });
});

describe("search API hits", () => {
  beforeAll(async () => {
    await seededDatabase();
    await prepareSearchIndexes(indexSettings, () => {});
  });

  it("mark every sample record from Meilisearch, as the database's answer does above", async () => {
    const cases: Record<string, string>[] = [
      { q: "스마트팩토리" },
      { q: "스마트팩토리", index: "courses", card: "1" },
    ];
    for (const params of cases) {
      const { body } = await answerSearchApi(new URLSearchParams(params));
      const hits = (body as { hits: { type: string; sample: boolean }[] }).hits;
      expect(hits.length).toBeGreaterThan(0);
      // The bulletin's courses are filled-in samples; programs and articles are real.
      for (const hit of hits) expect(hit.sample, JSON.stringify(hit)).toBe(hit.type === "course");
    }
  });
});

describe("search API responses", () => {
  beforeAll(async () => {
    await seededDatabase();
    await prepareSearchIndexes(indexSettings, () => {});
  });

  it.each([
    ["a search as you type, asked twice", { q: "스마트", index: "courses" }, 200],
    ["another page of it", { q: "스마트", index: "courses", page: "2", pageSize: "1" }, 200],
    ["a filtered search", { q: "스마트", index: "courses", card: "1" }, 200],
    ["a bad parameter", { q: "스마트", pageSize: "500" }, 400],
  ])("send %s as the JSON of its answer, kept by no browser", async (_name, params, status) => {
    const raw = new URLSearchParams(params);
    const { body } = await answerSearchApi(raw);
    for (let i = 0; i < 2; i++) {
      const response = await searchApiResponse(raw);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual(body);
    }
  });
});

describe("search API across everything, with words a catalog reads as filters", () => {
  beforeAll(async () => {
    await seededDatabase();
    await prepareSearchIndexes(indexSettings, () => {});
  });

  type Answer = { catalogs?: { type: string; words: string[]; total: number; url: string }[] };

  it("names each catalog that reads a 군·구 as its filter, with its count and address", async () => {
    const { body } = await answerSearchApi(new URLSearchParams({ q: "부평구" }));
    const catalogs = (body as Answer).catalogs!;
    expect(catalogs.map((catalog) => catalog.type)).toEqual(["course", "program"]);
    const courses = catalogs.find((catalog) => catalog.type === "course")!;
    expect(courses).toMatchObject({
      words: ["부평구"],
      url: "/courses?q=%EB%B6%80%ED%8F%89%EA%B5%AC",
    });
    expect(courses.total).toBeGreaterThan(0);
  });

  it("adds nothing to an answer without such words, nor to one index's", async () => {
    const cases: Record<string, string>[] = [
      { q: "스마트팩토리" },
      { q: "부평구", index: "courses" },
    ];
    for (const params of cases) {
      const { body } = await answerSearchApi(new URLSearchParams(params));
      expect(body, JSON.stringify(params)).not.toHaveProperty("catalogs");
    }
  });
});

describe("search API for the bulletin's articles", () => {
  beforeAll(async () => {
    await seededDatabase();
    await prepareSearchIndexes(indexSettings, () => {});
  });

  type Answer = {
    hits: { type: string; url: string }[];
    total: number;
    facets: Record<string, { value: string; count: number }[]>;
  };

  it("filters by section and topic, with counts beside each choice", async () => {
    const { status, body } = await answerSearchApi(
      new URLSearchParams({ index: "articles", section: "policy", facets: "1" }),
    );
    expect(status).toBe(200);
    const answer = body as Answer;
    // Ⅲ 국내 정책동향 of April 2024 holds eight policy items.
    expect(answer.total).toBe(8);
    expect(answer.hits.every((hit) => hit.type === "article")).toBe(true);
    // A chosen section is counted without itself, so the others stay choosable.
    expect(answer.facets.section).toEqual(
      expect.arrayContaining([
        { value: "policy", count: 8 },
        { value: "issue", count: 1 },
      ]),
    );

    const trade = await answerSearchApi(
      new URLSearchParams({ index: "articles", category: "무역", tag: "반도체" }),
    );
    expect((trade.body as Answer).hits.map((hit) => hit.url)).toEqual([
      expect.stringMatching(/^\/issues\/2024-04\//),
    ]);
  });

  it("refuses a section the bulletin does not have, naming it", async () => {
    const { status, body } = await answerSearchApi(
      new URLSearchParams({ index: "articles", section: "news" }),
    );
    expect(status).toBe(400);
    expect((body as { error: string }).error).toMatch(/section/);
    // An index named like an object's built-in property is no catalog either.
    const odd = await answerSearchApi(new URLSearchParams({ index: "constructor", section: "x" }));
    expect(odd.status).toBe(400);
    expect((odd.body as { error: string }).error).toBe("unknown parameter: section");
  });
});
