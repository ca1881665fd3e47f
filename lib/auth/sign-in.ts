import "server-only";
import { and, eq, lt, or, isNull, sql } from "drizzle-orm";
import { db, type Transaction } from "@/lib/db/client";
import {
  accountSignInFailures,
  addressSignInFailures,
  knownSignInAddresses,
  loginAttempts,
  users,
  type User,
} from "@/lib/db/schema";
import { formatDateTime } from "@/lib/dates/dates";
import { emailSchema } from "@/lib/users/schema";
import { addressBlock } from "@/lib/http/client-address";
import { generatePassword, hashPassword, verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60_000;
/** Failures of one account, from any address, before each further try has to wait. */
export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_WAIT_BASE_MS = 15_000;
export const ACCOUNT_WAIT_CAP_MS = 15 * 60_000;
/** Failures from one address across every email in a window, before it waits for the next. */
export const ADDRESS_FAILURES = 30;
export const ADDRESS_WINDOW_MS = 15 * 60_000;
const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60_000;
const KEEP_ATTEMPTS_MS = 24 * 60 * 60_000;

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

/** How long the account's next try must wait after its last failure: doubling, capped. */
export function accountWaitMs(failures: number) {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(
    ACCOUNT_WAIT_BASE_MS * 2 ** (failures - ACCOUNT_FREE_FAILURES),
    ACCOUNT_WAIT_CAP_MS,
  );
}

function waitText(ms: number) {
  const seconds = Math.ceil(ms / 1000);
  return seconds >= 60 ? `${Math.ceil(seconds / 60)}분` : `${seconds}초`;
}

function waitMessage(ms: number) {
  return `이 계정에 로그인 실패가 많아 잠시 막아 두었습니다. ${waitText(ms)} 뒤에 다시 시도하세요.`;
}

function addressWaitMessage(ms: number) {
  return `이 주소에서 로그인 실패가 많아 잠시 막아 두었습니다. ${waitText(ms)} 뒤에 다시 시도하세요.`;
}

const pair = (email: string, ip: string) =>
  and(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip));

/**
 * Checks an email and password from one client address. Three limits hold: five failures for the
 * same email and address lock that pair for 15 minutes; after five failures of an account from
 * any address each further try waits longer (15 s, doubling, at most 15 minutes), which no
 * forwarding header can spread out; and an address that failed 30 times in 15 minutes, whatever
 * the emails, waits for the window to end. Tries refused for waiting are not checked and not
 * counted, and an address the account signed in from in the last 30 days meets neither wait, so
 * guesses from elsewhere (or from the same office) cannot keep its editor out. The counters live
 * in the database for every instance.
 */
export async function authenticate(
  input: { email?: unknown; password?: unknown },
  clientIp: string,
  now = new Date(),
): Promise<User> {
  const email = emailSchema.safeParse(input.email);
  const password = typeof input.password === "string" ? input.password : "";
  if (!email.success)
    throw new SignInError(
      input.email ? "이메일 주소 형식이 아닙니다. 예: name@example.go.kr" : "이메일을 입력하세요.",
    );
  if (password.length === 0) throw new SignInError("비밀번호를 입력하세요.");
  if (password.length > 256) throw new SignInError("비밀번호는 256자까지입니다.");
  const ip = clientIp.slice(0, 64);

  const [[attempt], [account], [known]] = await Promise.all([
    db.select().from(loginAttempts).where(pair(email.data, ip)),
    db.select().from(accountSignInFailures).where(eq(accountSignInFailures.email, email.data)),
    db
      .select()
      .from(knownSignInAddresses)
      .where(and(eq(knownSignInAddresses.email, email.data), eq(knownSignInAddresses.ip, ip))),
  ]);
  if (attempt?.lockedUntil && attempt.lockedUntil > now) {
    throw new SignInError(lockedMessage(attempt.lockedUntil));
  }
  const trusted = known && now.getTime() - known.lastSignInAt.getTime() < KNOWN_ADDRESS_MS;
  if (account && !trusted) {
    const waitUntil = account.lastFailureAt.getTime() + accountWaitMs(account.failures);
    if (waitUntil > now.getTime()) throw new SignInError(waitMessage(waitUntil - now.getTime()));
  }
  const failures = await takeTurn(email.data, ip, Boolean(trusted), now);

  const [user] = await db.select().from(users).where(eq(users.email, email.data));
  const matches = await verifyPassword(user?.passwordHash ?? (await decoy()), password);
  if (user && matches && !user.disabled) {
    await db.transaction(async (tx) => {
      await tx.delete(loginAttempts).where(pair(email.data, ip));
      await tx.delete(accountSignInFailures).where(eq(accountSignInFailures.email, email.data));
      // This try took one of the address's turns; a success hands it back and no more.
      if (!trusted) await giveBackAddressTurn(tx, ip);
      await tx
        .insert(knownSignInAddresses)
        .values({ email: email.data, ip, lastSignInAt: now })
        .onConflictDoUpdate({
          target: [knownSignInAddresses.email, knownSignInAddresses.ip],
          set: { lastSignInAt: now },
        });
    });
    return user;
  }

  // The try was counted as a failure (and the fifth locked) when it took its turn.
  await db.transaction(async (tx) => {
    if (trusted) await countAccountFailure(tx, email.data, now);
    await pruneAttempts(tx, now);
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

function countAccountFailure(tx: Transaction, email: string, now: Date) {
  return tx
    .insert(accountSignInFailures)
    .values({ email, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: accountSignInFailures.email,
      set: { failures: sql`${accountSignInFailures.failures} + 1`, lastFailureAt: now },
    });
}

/**
 * Takes this try's turn before its password is checked, counting it as a failure. A success then
 * clears the pair's and the account's counters and takes back its own turn from the address's,
 * whose other failures stay: one good password does not excuse guesses at other emails. Each
 * limit is checked and counted in one statement, so tries sent in parallel cannot all pass what
 * the reads before them saw. The address's limits come first, so a try they refuse leaves the
 * account's count alone (and one a later limit refuses gives its address turn back); the fifth
 * turn locks the pair at once. Returns which try of the pair's five this is.
 */
async function takeTurn(email: string, ip: string, trusted: boolean, now: Date) {
  const at = now.getTime();
  if (!trusted) await takeAddressTurn(ip, now);
  const locks = sql`${loginAttempts.failures} + 1 >= ${MAX_FAILURES}`;
  const [pairTurn] = await db
    .insert(loginAttempts)
    .values({ email, ip, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: [loginAttempts.email, loginAttempts.ip],
      set: {
        failures: sql`case when ${locks} then 0 else ${loginAttempts.failures} + 1 end`,
        lockedUntil: sql`case when ${locks} then ${at + LOCKOUT_MS} else null end`,
        updatedAt: now,
      },
      setWhere: sql`${loginAttempts.lockedUntil} is null or ${loginAttempts.lockedUntil} <= ${at}`,
    })
    .returning({ failures: loginAttempts.failures, lockedUntil: loginAttempts.lockedUntil });
  // Locked by an earlier turn, perhaps one sent at the same time: this try is not checked, so
  // it does not count against the address either.
  if (!pairTurn) {
    if (!trusted) await giveBackAddressTurn(db, ip);
    throw new SignInError(lockedMessage(await lockedUntil(email, ip, at)));
  }
  if (!trusted) {
    const { failures, lastFailureAt } = accountSignInFailures;
    const wait = sql`min(${ACCOUNT_WAIT_BASE_MS} * (1 << min(${failures} - ${ACCOUNT_FREE_FAILURES}, 20)), ${ACCOUNT_WAIT_CAP_MS})`;
    const [turn] = await db
      .insert(accountSignInFailures)
      .values({ email, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: accountSignInFailures.email,
        set: { failures: sql`${failures} + 1`, lastFailureAt: now },
        setWhere: sql`${failures} < ${ACCOUNT_FREE_FAILURES} or ${lastFailureAt} + ${wait} <= ${at}`,
      })
      .returning({ failures });
    if (!turn) {
      await giveBackAddressTurn(db, ip);
      // Another try took the turn meanwhile: wait from its failure.
      const [row] = await db
        .select()
        .from(accountSignInFailures)
        .where(eq(accountSignInFailures.email, email));
      const waitUntil = row ? row.lastFailureAt.getTime() + accountWaitMs(row.failures) : at;
      throw new SignInError(waitMessage(Math.max(waitUntil - at, 1_000)));
    }
  }
  return pairTurn.lockedUntil ? MAX_FAILURES : pairTurn.failures;
}

async function takeAddressTurn(address: string, now: Date) {
  const ip = addressBlock(address);
  const at = now.getTime();
  const { failures, windowStartedAt } = addressSignInFailures;
  const ended = sql`${windowStartedAt} + ${ADDRESS_WINDOW_MS} <= ${at}`;
  const [turn] = await db
    .insert(addressSignInFailures)
    .values({ ip, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: addressSignInFailures.ip,
      set: {
        failures: sql`case when ${ended} then 1 else ${failures} + 1 end`,
        windowStartedAt: sql`case when ${ended} then ${at} else ${windowStartedAt} end`,
      },
      setWhere: sql`${ended} or ${failures} < ${ADDRESS_FAILURES}`,
    })
    .returning({ failures });
  if (turn) return;
  const [row] = await db
    .select()
    .from(addressSignInFailures)
    .where(eq(addressSignInFailures.ip, ip));
  const waitUntil = (row?.windowStartedAt.getTime() ?? at) + ADDRESS_WINDOW_MS;
  throw new SignInError(addressWaitMessage(Math.max(waitUntil - at, 1_000)));
}

function giveBackAddressTurn(executor: Pick<Transaction, "update">, address: string) {
  return executor
    .update(addressSignInFailures)
    .set({ failures: sql`max(${addressSignInFailures.failures} - 1, 0)` })
    .where(eq(addressSignInFailures.ip, addressBlock(address)));
}

async function lockedUntil(email: string, ip: string, at: number) {
  const [row] = await db.select().from(loginAttempts).where(pair(email, ip));
  return row?.lockedUntil ?? new Date(at + LOCKOUT_MS);
}

/** Counters of a day ago say nothing any more; guesses at made-up emails must not pile up. */
async function pruneAttempts(tx: Transaction, now: Date) {
  const dayAgo = new Date(now.getTime() - KEEP_ATTEMPTS_MS);
  await tx
    .delete(loginAttempts)
    .where(
      and(
        lt(loginAttempts.updatedAt, dayAgo),
        or(isNull(loginAttempts.lockedUntil), lt(loginAttempts.lockedUntil, now)),
      ),
    );
  await tx.delete(accountSignInFailures).where(lt(accountSignInFailures.lastFailureAt, dayAgo));
  await tx.delete(addressSignInFailures).where(lt(addressSignInFailures.windowStartedAt, dayAgo));
  await tx
    .delete(knownSignInAddresses)
    .where(lt(knownSignInAddresses.lastSignInAt, new Date(now.getTime() - KNOWN_ADDRESS_MS)));
}
