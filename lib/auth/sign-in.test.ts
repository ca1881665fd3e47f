import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/client";
import { setUserDisabled } from "@/lib/users/accounts";
import { testUser } from "@/test/session";
import { createUser } from "@/lib/users/accounts";
import { authenticate, LOCKOUT_MS, MAX_FAILURES, SignInError } from "./sign-in";

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
    const ip = "10.0.0.2";
    const messages = await failures(email, ip, MAX_FAILURES);
    expect(messages[0]).toContain("4번 더 틀리면");
    expect(messages.at(-1)).toContain("15분 동안 잠겼습니다");
    await expect(authenticate({ email, password }, ip)).rejects.toThrow("15분 동안 잠겼습니다");
    // Another address is not locked out by someone else's failures.
    await expect(authenticate({ email, password }, "10.0.0.3")).resolves.toMatchObject({ email });
  });

  it("opens again after 15 minutes and starts counting afresh", async () => {
    const ip = "10.0.0.4";
    const start = new Date();
    await failures(email, ip, MAX_FAILURES, start);
    const later = new Date(start.getTime() + LOCKOUT_MS + 1_000);
    await expect(authenticate({ email, password }, ip, later)).resolves.toMatchObject({ email });
  });

  it("refuses a disabled account", async () => {
    const user = await testUser("editor");
    await setUserDisabled(user.email, true);
    await expect(
      authenticate({ email: user.email, password: "anything at all" }, "10.0.0.5"),
    ).rejects.toThrow(SignInError);
  });

  it("refuses empty or malformed input without touching the counters", async () => {
    await expect(authenticate({ email: "not-an-email", password }, "10.0.0.6")).rejects.toThrow(
      "이메일과 비밀번호를 입력하세요",
    );
    await expect(authenticate({ email, password: "" }, "10.0.0.6")).rejects.toThrow(
      "이메일과 비밀번호를 입력하세요",
    );
    await expect(authenticate({ email, password }, "10.0.0.6")).resolves.toMatchObject({ email });
  });
});
