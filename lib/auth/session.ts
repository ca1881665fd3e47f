import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, lt } from "drizzle-orm";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { decode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { editorSessions, users, type User } from "@/lib/db/schema";
import { authSecret, sessionCookieName, SESSION_MAX_AGE_S } from "./config";

export type Editor = Pick<User, "id" | "email" | "name" | "role">;

/** Records a new signed-in browser and returns the id its token carries. */
export async function openEditorSession(userId: number, now = Date.now()) {
  const id = randomBytes(24).toString("base64url");
  await db.transaction(async (tx) => {
    await tx.delete(editorSessions).where(lt(editorSessions.expiresAt, new Date(now)));
    await tx.insert(editorSessions).values({
      id,
      userId,
      expiresAt: new Date(now + SESSION_MAX_AGE_S * 1000),
      createdAt: new Date(now),
    });
  });
  return id;
}

/** Signing out: the token may live on in a copy, so its session row is what ends. */
export async function revokeEditorSession(id: unknown, now = new Date()) {
  if (typeof id !== "string") return;
  await db
    .update(editorSessions)
    .set({ revokedAt: now })
    .where(and(eq(editorSessions.id, id), isNull(editorSessions.revokedAt)));
}

/**
 * The account a session token still speaks for, or null: its session must be open (not signed
 * out, not past 8 hours; next-auth refreshes the cookie's expiry, so the limit is kept here), and
 * the user must exist, be enabled and carry the same session version (an admin's disable, role
 * or password change bumps it).
 */
export async function editorFromToken(token: JWT | null, now = Date.now()): Promise<Editor | null> {
  if (!token || typeof token.uid !== "number" || typeof token.signedInAt !== "number") return null;
  if (typeof token.sid !== "string") return null;
  if (now - token.signedInAt > SESSION_MAX_AGE_S * 1000) return null;
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
      expiresAt: editorSessions.expiresAt,
      revokedAt: editorSessions.revokedAt,
    })
    .from(editorSessions)
    .innerJoin(users, eq(users.id, editorSessions.userId))
    .where(and(eq(editorSessions.id, token.sid), eq(editorSessions.userId, token.uid)));
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now) return null;
  if (row.disabled || row.sessionVersion !== token.sessionVersion) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/**
 * The signed-in editor of this request, read from the session cookie. Memoised per server render,
 * so the workspace layout and its page check the session with one database read.
 */
export const currentEditor = cache(async (): Promise<Editor | null> =>
  editorFromCookie((await cookies()).get(sessionCookieName)?.value),
);

/** The account a session cookie's value still speaks for, or null (see editorFromToken). */
export async function editorFromCookie(raw: string | undefined): Promise<Editor | null> {
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  return editorFromToken(token);
}

export type Role = Editor["role"];

const rank: Record<Role, number> = { contributor: 0, editor: 1, admin: 2 };

/** Whether an account of this role may do what the given role may. */
export const canActAs = (role: Role, needed: Role) => rank[role] >= rank[needed];

export class AuthorizationError extends Error {
  name = "AuthorizationError";
  constructor(
    readonly reason: "unauthenticated" | "forbidden",
    needed: Role = "admin",
  ) {
    super(
      reason === "unauthenticated"
        ? "로그인이 필요합니다. 다시 로그인한 뒤 시도하세요."
        : needed === "admin"
          ? "관리자만 할 수 있는 작업입니다."
          : "편집자만 할 수 있는 작업입니다. 기고자는 초안을 쓰고 검토를 요청할 수 있습니다.",
    );
  }
}

/** The signed-in account, if its role may do what `needed` may. */
export async function requireRole(needed: Role): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) throw new AuthorizationError("unauthenticated");
  if (!canActAs(editor.role, needed)) throw new AuthorizationError("forbidden", needed);
  return editor;
}

export const requireEditor = () => requireRole("editor");
export const requireAdmin = () => requireRole("admin");

/**
 * For workspace pages. The workspace layout checks the session too, but a layout is not rendered
 * again on client-side navigation, so each page checks for itself before reading anything. Pages
 * open to contributors say so; others send a contributor to the issues, where their work is.
 */
export async function editorForPage({
  contributors = false,
}: { contributors?: boolean } = {}): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) redirect("/admin/login");
  if (!contributors && !canActAs(editor.role, "editor")) redirect("/admin/issues");
  return editor;
}
