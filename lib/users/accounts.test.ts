import { spawnSync } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db, migrateDatabase } from "@/lib/db/client";
import { auditLog, users } from "@/lib/db/schema";
import { createUser, resetUserPassword, setUserDisabled, setUserRole } from "./accounts";

const password = "correct horse battery";

describe("accounts", () => {
  beforeAll(async () => {
    await migrateDatabase();
  });

  it("creates a user with a lower-cased email, an argon2id hash and an audit row", async () => {
    const user = await createUser(
      { email: " Editor@Example.KR ", name: "편집자", role: "editor" },
      password,
    );
    expect(user.email).toBe("editor@example.kr");
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(user.id)));
    expect(audit).toMatchObject({ action: "user.create", entity: "user" });
  });

  it.each([
    [
      { email: "editor@example.kr", name: "둘째", role: "editor" },
      password,
      "이미 등록된 이메일입니다: editor@example.kr",
    ],
    [
      { email: "not-an-email", name: "x", role: "editor" },
      password,
      "올바른 이메일 주소가 아닙니다",
    ],
    [
      { email: "a@example.kr", name: "x", role: "owner" },
      password,
      "역할은 admin, editor, contributor 가운데 하나여야 합니다",
    ],
    [
      { email: "a@example.kr", name: "x", role: "editor" },
      "short",
      "비밀번호는 12자 이상이어야 합니다",
    ],
  ])("refuses %j and writes nothing", async (input, pw, message) => {
    const before = await db.$count(users);
    await expect(createUser(input, pw)).rejects.toThrow(message);
    expect(await db.$count(users)).toBe(before);
  });

  it("disabling and resetting a password each end the user's other sessions (new session version)", async () => {
    const [before] = await db.select().from(users).where(eq(users.email, "editor@example.kr"));
    const disabled = await setUserDisabled("editor@example.kr", true);
    expect(disabled.disabled).toBe(true);
    expect(disabled.sessionVersion).toBe(before!.sessionVersion + 1);
    const reset = await resetUserPassword("EDITOR@example.kr", "another long password");
    expect(reset.sessionVersion).toBe(before!.sessionVersion + 2);
    expect(await verifyPassword(reset.passwordHash, password)).toBe(false);
    await expect(setUserDisabled("nobody@example.kr", true)).rejects.toThrow(
      "등록되지 않은 이메일입니다: nobody@example.kr",
    );
  });

  it("refuses to disable or demote the last enabled admin, changing nothing", async () => {
    for (const email of ["first-admin@example.kr", "second-admin@example.kr"])
      await createUser({ email, name: "관리자", role: "admin" }, password);
    await setUserDisabled("first-admin@example.kr", true);
    const [last] = await db.select().from(users).where(eq(users.email, "second-admin@example.kr"));
    const refusal = "마지막 관리자는 사용 중지하거나 편집자로 바꿀 수 없습니다.";
    await expect(setUserRole("second-admin@example.kr", "editor")).rejects.toThrow(refusal);
    await expect(setUserDisabled("second-admin@example.kr", true)).rejects.toThrow(refusal);
    const [after] = await db.select().from(users).where(eq(users.email, "second-admin@example.kr"));
    expect(after).toEqual(last);
    // With another admin enabled again, the same change is allowed.
    await setUserDisabled("first-admin@example.kr", false);
    expect((await setUserRole("second-admin@example.kr", "editor")).role).toBe("editor");
  });
});

describe("npm run user", () => {
  const run = (args: string[], input?: string) =>
    spawnSync(
      process.execPath,
      [
        path.resolve("node_modules/tsx/dist/cli.mjs"),
        "--conditions=react-server",
        "scripts/user.ts",
        ...args,
      ],
      {
        input,
        encoding: "utf8",
        env: process.env,
      },
    );

  it("adds an admin with a generated password it prints once", () => {
    const result = run(
      ["add", "--email", "admin@example.kr", "--name", "관리자", "--role", "admin"],
      "",
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^added admin admin@example\.kr\npassword: [A-Za-z2-9]{20}\n$/);
  });

  it("takes a piped password without its newline, and fails with the reason on bad input", async () => {
    expect(
      run(["reset-password", "--email", "admin@example.kr"], "a piped long password\n").stdout,
    ).toBe("password reset for admin@example.kr\n");
    const [admin] = await db.select().from(users).where(eq(users.email, "admin@example.kr"));
    expect(await verifyPassword(admin!.passwordHash, "a piped long password")).toBe(true);
    const bad = run(["add", "--email", "x@example.kr", "--name", "x", "--role", "root"], "");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("역할은 admin, editor, contributor 가운데 하나여야 합니다");
    expect(run(["promote", "--email", "admin@example.kr"], "").stderr).toContain(
      'unknown command "promote"',
    );
  });

  it.each(["password1234", " ".repeat(12), "qwertyuiop12", "admin@example.kr1"])(
    "refuses the guessable password %j and keeps the old one",
    async (guessable) => {
      const before = await db.select().from(users).where(eq(users.email, "admin@example.kr"));
      const result = run(["reset-password", "--email", "admin@example.kr"], `${guessable}\n`);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("추측하기 쉬운 비밀번호입니다");
      const after = await db.select().from(users).where(eq(users.email, "admin@example.kr"));
      expect(after[0]!.passwordHash).toBe(before[0]!.passwordHash);
    },
  );
});
