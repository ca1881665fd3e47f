import "server-only";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { decode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { users, type User } from "@/lib/db/schema";
import { authSecret, sessionCookieName, SESSION_MAX_AGE_S } from "./config";

export type Editor = Pick<User, "id" | "email" | "name" | "role">;

/**
 * The account a session token still speaks for, or null: the user must exist, be enabled, carry the
 * same session version (an admin's disable, role or password change bumps it) and have signed in
 * less than 8 hours ago (next-auth refreshes the cookie's expiry, so the limit is kept here).
 */
export async function editorFromToken(token: JWT | null, now = Date.now()): Promise<Editor | null> {
  if (!token || typeof token.uid !== "number" || typeof token.signedInAt !== "number") return null;
  if (now - token.signedInAt > SESSION_MAX_AGE_S * 1000) return null;
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, token.uid));
  if (!user || user.disabled || user.sessionVersion !== token.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * The signed-in editor of this request, read from the session cookie. Memoised per server render,
 * so the workspace layout and its page check the session with one database read.
 */
export const currentEditor = cache(async (): Promise<Editor | null> => {
  const raw = (await cookies()).get(sessionCookieName)?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  return editorFromToken(token);
});

export class AuthorizationError extends Error {
  name = "AuthorizationError";
  constructor(readonly reason: "unauthenticated" | "forbidden") {
    super(
      reason === "unauthenticated"
        ? "로그인이 필요합니다. 다시 로그인한 뒤 시도하세요."
        : "관리자만 할 수 있는 작업입니다.",
    );
  }
}

export async function requireEditor(): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) throw new AuthorizationError("unauthenticated");
  return editor;
}

export async function requireAdmin(): Promise<Editor> {
  const editor = await requireEditor();
  if (editor.role !== "admin") throw new AuthorizationError("forbidden");
  return editor;
}

/**
 * For workspace pages. The workspace layout checks the session too, but a layout is not rendered
 * again on client-side navigation, so each page checks for itself before reading anything.
 */
export async function editorForPage(): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) redirect("/admin/login");
  return editor;
}
