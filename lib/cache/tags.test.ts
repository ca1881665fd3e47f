import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, migrateDatabase } from "@/lib/db/client";
import { cacheTagExpirations } from "@/lib/db/schema";
import { expireCacheTags } from "./tags";

describe("expiring cache tags after a write", () => {
  beforeAll(async () => {
    await migrateDatabase();
  });

  it("records the expiry though the database was busy at the first attempt", async () => {
    // What a sync holding the write lock past the busy timeout makes the first insert do.
    const insert = vi.spyOn(db, "insert").mockImplementationOnce(() => {
      throw new Error("SQLITE_BUSY: database is locked");
    });
    try {
      await expireCacheTags(["issue:404"]);
    } finally {
      insert.mockRestore();
    }
    const [row] = await db
      .select()
      .from(cacheTagExpirations)
      .where(eq(cacheTagExpirations.tag, "issue:404"));
    expect(row?.expiredAt).toBeGreaterThan(Date.now() - 60_000);
  });
});
