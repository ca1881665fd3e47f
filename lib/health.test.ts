import { describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/client";
import { checkHealth, publicHealth } from "./health";
import { connectSearch } from "./search/client";

describe("checkHealth", () => {
  it("reports ok when the database and Meilisearch answer", async () => {
    await migrateDatabase();
    expect(await checkHealth()).toEqual({ db: "ok", search: "ok" });
  });

  it("names search as the failing part when Meilisearch is unreachable", async () => {
    connectSearch({ url: "http://127.0.0.1:9" });
    const health = await checkHealth();
    expect(health.db).toBe("ok");
    expect(health.search).toMatch(/^error: /);
  });

  it("tells the public which part is down, and leaves the error text to the server's log", async () => {
    connectSearch({ url: "http://127.0.0.1:9" });
    const health = await checkHealth();
    expect(health.search).toContain("127.0.0.1:9");
    expect(publicHealth(health)).toEqual({ db: "ok", search: "error" });
  });

  it("says the local Meilisearch is restarting without how its last process failed", () => {
    const answer = publicHealth({
      db: "ok",
      search:
        "error: connect ECONNREFUSED 127.0.0.1:7700 (the local Meilisearch is being restarted)",
      searchBreaker: "open",
      localSearch: {
        state: "restarting",
        restarts: 2,
        lastExit: "code 1",
        lastError: "failed to open /srv/portal/data/meili/data.ms: permission denied",
        since: "2026-12-06T01:00:00.000Z",
      },
    });
    expect(answer).toEqual({
      db: "ok",
      search: "restarting",
      searchBreaker: "open",
      localSearch: { state: "restarting", restarts: 2, since: "2026-12-06T01:00:00.000Z" },
    });
  });
});
