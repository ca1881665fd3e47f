import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cronToken } from "@/lib/auth/config";
import { db } from "@/lib/db/client";
import { articles } from "@/lib/db/schema";
import { seededDatabase } from "@/test/db";
import { POST } from "./route";

vi.mock("next/cache", async () => (await import("@/test/next-request")).nextCache());

const call = (authorization?: string) =>
  POST(
    new Request("http://127.0.0.1/api/cron/publish", {
      method: "POST",
      headers: authorization ? { authorization } : {},
    }),
  );

describe("POST /api/cron/publish", () => {
  let articleId: number;

  beforeAll(async () => {
    await seededDatabase();
    const [article] = await db.select().from(articles).limit(1);
    articleId = article!.id;
    await db
      .update(articles)
      .set({ status: "scheduled", publishAt: new Date(Date.now() - 1_000) })
      .where(eq(articles.id, articleId));
  });

  it("refuses callers without the app's own token and publishes nothing", async () => {
    for (const authorization of [undefined, "Bearer guess", `Bearer ${cronToken()}x`]) {
      const response = await call(authorization);
      expect(response.status).toBe(401);
    }
    const [article] = await db.select().from(articles).where(eq(articles.id, articleId));
    expect(article!.status).toBe("scheduled");
  });

  it("publishes what is due for the app's scheduler", async () => {
    const response = await call(`Bearer ${cronToken()}`);
    expect(await response.json()).toEqual({ published: 1 });
    const [article] = await db.select().from(articles).where(eq(articles.id, articleId));
    expect(article!.status).toBe("published");
  });
});
