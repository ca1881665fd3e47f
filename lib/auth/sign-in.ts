import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { loginAttempts, users, type User } from "@/lib/db/schema";
import { formatDateTime } from "@/lib/dates/dates";
import { emailSchema } from "@/lib/users/schema";
import { generatePassword, hashPassword, verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60_000;

export class SignInError extends Error {
  name = "SignInError";
}

const invalidCredentials = "이메일 또는 비밀번호가 올바르지 않습니다.";

// Verifying against this hash when the email is unknown makes that sign-in cost the same argon2 work
// as a known one, so response times do not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(generatePassword()));

function lockedMessage(until: Date) {
  return `로그인에 ${MAX_FAILURES}번 실패해 이 계정은 15분 동안 잠겼습니다. ${formatDateTime(until)} 이후에 다시 시도하세요.`;
}

/**
 * Checks an email and password from one address. Five failures for the same email and address lock
 * that pair for 15 minutes; the counters live in the database so every app instance sees them.
 */
export async function authenticate(
  input: { email?: unknown; password?: unknown },
  ip: string,
  now = new Date(),
): Promise<User> {
  const email = emailSchema.safeParse(input.email);
  const password = typeof input.password === "string" ? input.password : "";
  if (!email.success || password.length === 0 || password.length > 256) {
    throw new SignInError("이메일과 비밀번호를 입력하세요.");
  }

  const [attempt] = await db
    .select()
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email.data), eq(loginAttempts.ip, ip)));
  if (attempt?.lockedUntil && attempt.lockedUntil > now) {
    throw new SignInError(lockedMessage(attempt.lockedUntil));
  }

  const [user] = await db.select().from(users).where(eq(users.email, email.data));
  const matches = await verifyPassword(user?.passwordHash ?? (await decoy()), password);
  if (user && matches && !user.disabled) {
    if (attempt) {
      await db
        .delete(loginAttempts)
        .where(and(eq(loginAttempts.email, email.data), eq(loginAttempts.ip, ip)));
    }
    return user;
  }

  const failures = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(loginAttempts)
      .values({ email: email.data, ip, failures: 1, updatedAt: now })
      .onConflictDoUpdate({
        target: [loginAttempts.email, loginAttempts.ip],
        set: { failures: sql`${loginAttempts.failures} + 1`, updatedAt: now },
      })
      .returning({ failures: loginAttempts.failures });
    if (row!.failures >= MAX_FAILURES) {
      await tx
        .update(loginAttempts)
        .set({ failures: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) })
        .where(and(eq(loginAttempts.email, email.data), eq(loginAttempts.ip, ip)));
    }
    return row!.failures;
  });
  if (failures >= MAX_FAILURES) {
    throw new SignInError(lockedMessage(new Date(now.getTime() + LOCKOUT_MS)));
  }
  if (user?.disabled && matches)
    throw new SignInError("사용이 중지된 계정입니다. 관리자에게 문의하세요.");
  throw new SignInError(
    `${invalidCredentials} (${MAX_FAILURES - failures}번 더 틀리면 15분 동안 잠깁니다)`,
  );
}
