import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/client";
import { setUserDisabled } from "@/lib/users/accounts";
import { createUser } from "@/lib/users/accounts";
import {
  ACCOUNT_WAIT_CAP_MS,
  ADDRESS_FAILURES,
  ADDRESS_WINDOW_MS,
  accountWaitMs,
  authenticate,
  LOCKOUT_MS,
  MAX_FAILURES,
  SignInError,
} from "./sign-in";

const password = "a long enough password";

async function failures(email: string, ip: string, times: number, now = new Date()) {
  const messages: string[] = [];
  for (let i = 0; i < times; i++) {
    await authenticate({ email, password: "wrong password!!" }, ip, now).catch((error) => {
      expect(error).toBeInstanceOf(SignInError);
      messages.push((error as Error).message);
    });
  }
  return messages;
}

let accounts = 0;
async function freshAccount() {
  accounts += 1;
  const email = `account-${accounts}-${Date.now()}@example.com`;
  await createUser({ email, name: "잠금 시험", role: "editor" }, password);
  return { email };
}

describe("authenticate", () => {
  let email: string;

  beforeAll(async () => {
    await migrateDatabase();
    email = `locked-${Date.now()}@example.com`;
    await createUser({ email, name: "잠금 시험", role: "editor" }, password);
  });

  it("signs in with the right password, whatever the email's case", async () => {
    const user = await authenticate({ email: email.toUpperCase(), password }, "10.0.0.1");
    expect(user.email).toBe(email);
  });

  it("says the same thing for an unknown email as for a wrong password", async () => {
    const [unknown] = await failures("nobody@example.com", "10.0.0.9", 1);
    const [wrong] = await failures(email, "10.0.0.9", 1);
    expect(unknown).toMatch(/^이메일 또는 비밀번호가 올바르지 않습니다/);
    expect(wrong).toBe(unknown);
  });

  it("locks the account for that address after five failures, even for the right password", async () => {
    const { email } = await freshAccount();
    const ip = "10.0.0.2";
    await authenticate({ email, password }, "10.0.0.3");
    const messages = await failures(email, ip, MAX_FAILURES);
    expect(messages[0]).toContain("4번 더 틀리면");
    expect(messages.at(-1)).toContain("15분 동안 잠겼습니다");
    await expect(authenticate({ email, password }, ip)).rejects.toThrow("15분 동안 잠겼습니다");
    // The address the editor signed in from before is not locked out by someone else's failures.
    await expect(authenticate({ email, password }, "10.0.0.3")).resolves.toMatchObject({ email });
  });

  it("opens again after 15 minutes and starts counting afresh", async () => {
    const { email } = await freshAccount();
    const ip = "10.0.0.4";
    const start = new Date();
    await failures(email, ip, MAX_FAILURES, start);
    await expect(authenticate({ email, password }, ip, start)).rejects.toThrow("잠겼습니다");
    const later = new Date(start.getTime() + LOCKOUT_MS + 1_000);
    // A slip after the lock has passed is the first of five again, not a sixth.
    expect(await failures(email, ip, 1, later)).toEqual([expect.stringContaining("4번 더 틀리면")]);
    const afterWait = new Date(later.getTime() + 60_000);
    await expect(authenticate({ email, password }, ip, afterWait)).resolves.toMatchObject({
      email,
    });
  });

  it("makes an account wait after five failures from any addresses, whatever each claims to be", async () => {
    const { email } = await freshAccount();
    await authenticate({ email, password }, "192.0.2.1");
    const start = Date.now();
    const at = (ms: number) => new Date(start + ms);
    for (let i = 0; i < 5; i++) {
      await expect(
        authenticate({ email, password: "wrong password!!" }, `198.51.100.${i}`, at(i)),
      ).rejects.toThrow("올바르지 않습니다");
    }
    // The sixth and seventh guesses, and then the right password, from yet other addresses.
    for (const ip of ["198.51.100.5", "198.51.100.6"]) {
      await expect(
        authenticate({ email, password: "wrong password!!" }, ip, at(10)),
      ).rejects.toThrow("15초 뒤에 다시 시도하세요");
    }
    await expect(authenticate({ email, password }, "198.51.100.7", at(20))).rejects.toThrow(
      "잠시 막아 두었습니다",
    );
    // Refused tries were not counted: the wait is still 15 s from the fifth failure.
    await expect(
      authenticate({ email, password }, "198.51.100.7", at(4 + 15_000)),
    ).resolves.toMatchObject({ email });
  });

  it("lets the editor in from an address they signed in from while someone guesses elsewhere", async () => {
    const { email } = await freshAccount();
    await authenticate({ email, password }, "192.0.2.50");
    const now = new Date();
    await failures(email, "203.0.113.1", 4, now);
    await failures(email, "203.0.113.2", 4, now);
    await expect(authenticate({ email, password }, "203.0.113.3", now)).rejects.toThrow(
      "잠시 막아 두었습니다",
    );
    await expect(authenticate({ email, password }, "192.0.2.50", now)).resolves.toMatchObject({
      email,
    });
  });

  it("refuses every guess sent at once past the address's five, even the right one", async () => {
    const { email } = await freshAccount();
    const tries = [...Array.from({ length: 11 }, () => "wrong password!!"), password];
    const results = await Promise.allSettled(
      tries.map((guess) => authenticate({ email, password: guess }, "10.0.0.77")),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toEqual([]);
    expect(results.at(-1)).toMatchObject({
      status: "rejected",
      reason: expect.objectContaining({
        message: expect.stringMatching(/잠겼습니다|막아 두었습니다/),
      }),
    });
  });

  it("does not count against the account the tries an address's lock refused", async () => {
    const { email } = await freshAccount();
    const now = new Date();
    await failures(email, "10.0.0.78", MAX_FAILURES - 1, now);
    // The editor signs in elsewhere (the account's count starts again); the guesser sends ten.
    await authenticate({ email, password }, "192.0.2.78", now);
    await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        authenticate({ email, password: "wrong password!!" }, "10.0.0.78", now),
      ),
    );
    // One was checked (the address's fifth); the editor is not kept waiting at a new address.
    await expect(authenticate({ email, password }, "198.51.100.78", now)).resolves.toMatchObject({
      email,
    });
  });

  it("doubles the wait after each further failure up to 15 minutes", () => {
    expect([4, 5, 6, 7].map(accountWaitMs)).toEqual([0, 15_000, 30_000, 60_000]);
    expect(accountWaitMs(40)).toBe(ACCOUNT_WAIT_CAP_MS);
  });

  it("refuses a disabled account even with the right password, and says why", async () => {
    const { email } = await freshAccount();
    await setUserDisabled(email, true);
    await expect(authenticate({ email, password }, "10.0.0.5")).rejects.toThrow(
      "사용이 중지된 계정입니다",
    );
  });

  it("refuses empty or malformed input without touching the counters", async () => {
    await expect(authenticate({ email: "not-an-email", password }, "10.0.0.6")).rejects.toThrow(
      "이메일 주소 형식이 아닙니다",
    );
    await expect(authenticate({ email: "", password }, "10.0.0.6")).rejects.toThrow(
      "이메일을 입력하세요",
    );
    await expect(authenticate({ email, password: "" }, "10.0.0.6")).rejects.toThrow(
      "비밀번호를 입력하세요",
    );
    await expect(authenticate({ email, password: "x".repeat(257) }, "10.0.0.6")).rejects.toThrow(
      "256자까지",
    );
    await expect(authenticate({ email, password }, "10.0.0.6")).resolves.toMatchObject({ email });
  });
});

describe("authenticate from one address across many emails", () => {
  beforeAll(migrateDatabase);

  it("makes an address wait after 30 failures in 15 minutes, whatever the emails, yet not an editor who signed in from it", async () => {
    const ip = "10.9.0.1";
    const { email: regular } = await freshAccount();
    await authenticate({ email: regular, password }, ip);
    const { email: newcomer } = await freshAccount();
    const start = Date.now();
    const at = (ms: number) => new Date(start + ms);
    // Two guesses at each of fifteen emails (made-up ones cost the same check): each is refused
    // for its password and no pair or account reaches its own limit.
    for (let i = 0; i < ADDRESS_FAILURES; i++) {
      await expect(
        authenticate({ email: `guess-${i % 15}-${start}@example.com`, password: "x" }, ip, at(i)),
      ).rejects.toThrow("올바르지 않습니다");
    }
    await expect(
      authenticate({ email: `guess-99-${start}@example.com`, password: "x" }, ip, at(60_000)),
    ).rejects.toThrow("이 주소에서 로그인 실패가 많아 잠시 막아 두었습니다. 14분 뒤에");
    // An account that never signed in from here waits too, even with its right password ...
    await expect(authenticate({ email: newcomer, password }, ip, at(60_000))).rejects.toThrow(
      "이 주소에서",
    );
    // ... while the editor who did, and other addresses, are let in.
    await expect(authenticate({ email: regular, password }, ip, at(60_000))).resolves.toMatchObject(
      { email: regular },
    );
    await expect(
      authenticate({ email: newcomer, password }, "10.9.0.2", at(60_000)),
    ).resolves.toMatchObject({ email: newcomer });
    // An IPv6 holder counts by its /64: moving to another address in it starts nothing afresh.
    const block = (host: number) => `2001:db8:77:1::${host.toString(16)}`;
    for (let i = 0; i < ADDRESS_FAILURES; i++) {
      await expect(
        authenticate(
          { email: `v6-${i % 15}-${start}@example.com`, password: "x" },
          block(i),
          at(i),
        ),
      ).rejects.toThrow("올바르지 않습니다");
    }
    await expect(
      authenticate({ email: newcomer, password }, block(999), at(60_000)),
    ).rejects.toThrow("이 주소에서");
    await expect(
      authenticate({ email: newcomer, password }, "2001:db8:77:2::1", at(60_000)),
    ).resolves.toMatchObject({ email: newcomer });
    // When the window has passed the address starts afresh.
    await expect(
      authenticate({ email: newcomer, password }, ip, at(ADDRESS_WINDOW_MS + 1)),
    ).resolves.toMatchObject({ email: newcomer });
  });
});
