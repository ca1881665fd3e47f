import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db, migrateDatabase } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { signInAs, submit } from "@/test/actions";
import { addUser, resetPassword } from "./actions";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());

describe("users page: passwords an admin types", () => {
  beforeAll(async () => {
    await migrateDatabase();
    await signInAs("admin");
  });

  it.each(["password1234", " ".repeat(12), "kim.editor@example.kr", "김편집김편집김편집김편집"])(
    "refuses %j for a new account, says what to do and creates nothing",
    async (password) => {
      const email = "kim.editor@example.kr";
      const result = await submit(addUser, { email, name: "김편집", role: "editor", password });
      expect(result.status).toBe("error");
      expect(result.fieldErrors?.password).toMatch(/비밀번호/);
      expect(result.values?.password).toBeUndefined();
      expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
    },
  );

  it("accepts a strong typed password, and a reset refuses a weak one", async () => {
    const email = "lee.editor@example.kr";
    const strong = "등대 연필 구름 자전거";
    const added = await submit(addUser, {
      email,
      name: "이편집",
      role: "editor",
      password: strong,
    });
    expect(added.status).toBe("ok");
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(await verifyPassword(user!.passwordHash, strong)).toBe(true);

    const weak = await submit(resetPassword, { email, name: "이편집", password: "qwertyuiop12" });
    expect(weak.fieldErrors?.password).toContain("추측하기 쉬운 비밀번호입니다");
    const [same] = await db.select().from(users).where(eq(users.email, email));
    expect(same!.passwordHash).toBe(user!.passwordHash);
  });
});
