import { describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/client";
import { checkHealth } from "./health";
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
});
