import { beforeAll, describe, expect, it, vi } from "vitest";
import { ne } from "drizzle-orm";
import { db, migrateDatabase } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { resetUserPassword, setUserDisabled, setUserRole } from "@/lib/users/accounts";
import { request } from "@/test/next-request";
import { sessionTokenFor, testUser } from "@/test/session";
import { decode } from "next-auth/jwt";
import { currentEditor, requireAdmin, requireEditor, revokeEditorSession } from "./session";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());

describe("sessions", () => {
  beforeAll(async () => {
    await migrateDatabase();
  });

  it("reads the signed-in editor from the session cookie", async () => {
    const user = await testUser("editor");
    request.sessionToken = await sessionTokenFor(user);
    await expect(requireEditor()).resolves.toMatchObject({ id: user.id, role: "editor" });
    await expect(requireAdmin()).rejects.toThrow("관리자만");
  });

  it("ends a session after 8 hours even though the cookie is refreshed", async () => {
    const user = await testUser("editor");
    request.sessionToken = await sessionTokenFor(user, Date.now() - 8 * 3600_000 - 1_000);
    expect(await currentEditor()).toBeNull();
  });

  it("ends a session once it is signed out, even for a copy of its token", async () => {
    const user = await testUser("editor");
    const copy = await sessionTokenFor(user);
    request.sessionToken = copy;
    expect(await currentEditor()).not.toBeNull();
    const token = await decode({ token: copy, secret: process.env.NEXTAUTH_SECRET! });
    await revokeEditorSession(token?.sid);
    request.sessionToken = copy;
    expect(await currentEditor()).toBeNull();
    // The user's other sessions stay open.
    request.sessionToken = await sessionTokenFor(user);
    expect(await currentEditor()).not.toBeNull();
  });

  it.each([
    ["disabled", (email: string) => setUserDisabled(email, true)],
    ["given a new role", (email: string) => setUserRole(email, "admin")],
    ["given a new password", (email: string) => resetUserPassword(email, "another long password")],
  ])("ends open sessions of a user %s", async (_, change) => {
    const user = await testUser("editor");
    request.sessionToken = await sessionTokenFor(user);
    expect(await currentEditor()).not.toBeNull();
    await change(user.email);
    expect(await currentEditor()).toBeNull();
    await expect(requireEditor()).rejects.toThrow("로그인이 필요합니다");
  });

  it("refuses to disable or demote the last enabled admin", async () => {
    const admin = await testUser("admin");
    await db.update(users).set({ disabled: true }).where(ne(users.id, admin.id));
    await expect(setUserDisabled(admin.email, true)).rejects.toThrow("마지막 관리자");
    await expect(setUserRole(admin.email, "editor")).rejects.toThrow("마지막 관리자");
  });
});
