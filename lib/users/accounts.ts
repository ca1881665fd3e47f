import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { db, type Transaction } from "@/lib/db/client";
import { users, type User } from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, passwordSchema } from "@/lib/auth/password";
import { emailSchema, newUserSchema } from "./schema";

export class AccountError extends Error {
  name = "AccountError";
}

function firstIssue(result: { success: false; error: { issues: { message: string }[] } }) {
  return new AccountError(result.error.issues[0]!.message);
}

/**
 * Account changes, made from the command line (`npm run user`) and the admin's 사용자 page. Each
 * one writes the user row and its audit row in one transaction; `actor` is null for the command
 * line.
 */
export async function createUser(
  input: { email: string; name: string; role: string },
  password: string,
  actor: number | null = null,
) {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw firstIssue(parsed);
  const checked = passwordSchema(parsed.data).safeParse(password);
  if (!checked.success) throw firstIssue(checked);
  const passwordHash = await hashPassword(checked.data);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, parsed.data.email));
    if (existing) throw new AccountError(`이미 등록된 이메일입니다: ${parsed.data.email}`);
    const [user] = await tx
      .insert(users)
      .values({ ...parsed.data, passwordHash })
      .returning();
    await recordAudit(tx, {
      userId: actor,
      action: "user.create",
      entity: "user",
      entityId: user!.id,
      details: { email: user!.email, role: user!.role },
    });
    return user!;
  });
}

async function changeUser(
  email: string,
  action: string,
  change: (user: User, tx: Transaction) => Promise<Partial<User>>,
  actor: number | null,
) {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw firstIssue(parsed);
  // Read and checked in the write transaction: two admins disabling each other at once are
  // taken one after the other, so the second sees the first's change.
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, parsed.data));
    if (!user) throw new AccountError(`등록되지 않은 이메일입니다: ${parsed.data}`);
    const values = await change(user, tx);
    // A new session version ends the user's other sessions at their next request.
    const [updated] = await tx
      .update(users)
      .set({ ...values, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .returning();
    await recordAudit(tx, {
      userId: actor,
      action,
      entity: "user",
      entityId: user.id,
      details: { email: user.email },
    });
    return updated!;
  });
}

export async function setUserDisabled(
  email: string,
  disabled: boolean,
  actor: number | null = null,
) {
  return changeUser(
    email,
    disabled ? "user.disable" : "user.enable",
    async (user, tx) => {
      if (disabled) await ensureAnotherAdmin(user, tx);
      return { disabled };
    },
    actor,
  );
}

// An account change that would leave no enabled admin is refused: nobody could manage users then.
async function ensureAnotherAdmin(user: User, tx: Transaction) {
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, user.id)));
  if (user.role === "admin" && !user.disabled && !other) {
    throw new AccountError("마지막 관리자는 사용 중지하거나 편집자로 바꿀 수 없습니다.");
  }
}

export async function setUserRole(email: string, role: string, actor: number | null = null) {
  const parsed = newUserSchema.shape.role.safeParse(role);
  if (!parsed.success) throw firstIssue(parsed);
  return changeUser(
    email,
    "user.role",
    async (user, tx) => {
      if (parsed.data !== "admin") await ensureAnotherAdmin(user, tx);
      return { role: parsed.data };
    },
    actor,
  );
}

export async function resetUserPassword(
  email: string,
  password: string,
  actor: number | null = null,
) {
  const [user] = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(eq(users.email, email));
  const checked = passwordSchema(user ?? { email }).safeParse(password);
  if (!checked.success) throw firstIssue(checked);
  // Hashed before the write transaction, which would otherwise hold the database for it.
  const passwordHash = await hashPassword(checked.data);
  return changeUser(email, "user.reset-password", async () => ({ passwordHash }), actor);
}
