import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/client";
import { workspaceSummary } from "@/lib/admin/queries";
import { createUser } from "@/lib/users/accounts";
import { auditFilterSchema, listAuditEntries, listAuditUsers } from "./queries";

describe("audit log as an editor and as an admin sees it", () => {
  beforeAll(async () => {
    await migrateDatabase();
    await createUser(
      { email: "secret.person@example.kr", name: "비공개", role: "editor" },
      "등대 연필 구름 자전거",
    );
  });

  it("shows editors names only, in the user filter and in the entries", async () => {
    const people = await listAuditUsers({ role: "editor" });
    expect(people.map((p) => p.name)).toContain("비공개");
    expect(JSON.stringify(people)).not.toContain("@example.kr");
    const { entries } = await listAuditEntries(auditFilterSchema.parse({}), { role: "editor" });
    expect(entries.some((e) => e.entry.action === "user.create")).toBe(true);
    expect(JSON.stringify(entries)).not.toContain("secret.person@example.kr");
    // The workspace's front page lists the latest changes under the same rule.
    const { recent } = await workspaceSummary({ role: "editor" });
    expect(recent.some((e) => e.entry.action === "user.create")).toBe(true);
    expect(JSON.stringify(recent)).not.toContain("secret.person@example.kr");
  });

  it("shows admins the emails", async () => {
    const people = await listAuditUsers({ role: "admin" });
    expect(people.map((p) => p.email)).toContain("secret.person@example.kr");
    const { entries } = await listAuditEntries(auditFilterSchema.parse({}), { role: "admin" });
    expect(JSON.stringify(entries)).toContain("secret.person@example.kr");
    expect(JSON.stringify((await workspaceSummary({ role: "admin" })).recent)).toContain(
      "secret.person@example.kr",
    );
  });
});

describe("audit log filters from the URL", () => {
  it("take every entity the 무엇을 menu offers, and actions named with underscores", () => {
    expect(auditFilterSchema.parse({ entity: "tag" }).entity).toBe("tag");
    expect(auditFilterSchema.parse({ entity: "media" }).entity).toBe("media");
    expect(auditFilterSchema.parse({ action: "record.take_source_value" }).action).toBe(
      "record.take_source_value",
    );
    // A hand-edited value is dropped, not an error.
    expect(auditFilterSchema.parse({ entity: "spaceship" }).entity).toBeUndefined();
  });
});
