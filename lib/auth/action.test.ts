import { redirect } from "next/navigation";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { migrateDatabase } from "@/lib/db/client";
import { signInAs, submit } from "@/test/actions";
import { ActionError, formAction } from "./action";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

const input = z.object({ title: z.string().min(1, "제목을 입력하세요.") });

describe("a server action's answer when its work fails", () => {
  beforeAll(async () => {
    await migrateDatabase();
    await signInAs("editor");
  });

  it("keeps the typed text and says the server failed when something no check foresaw breaks", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const save = formAction("editor", input, async () => {
      throw new Error("SQLITE_BUSY: database is locked");
    });
    expect(await submit(save, { title: "고친 제목", body: "긴 본문" })).toEqual({
      status: "error",
      code: "failed",
      message: expect.stringContaining(
        "일부가 저장되었을 수 있으니 새 탭에서 확인한 뒤 다시 시도하세요",
      ),
      values: { title: "고친 제목", body: "긴 본문" },
    });
    // The cause goes to the server's log, not to the editor's screen.
    expect(logged).toHaveBeenCalledWith("server action failed", expect.any(Error));
    logged.mockRestore();
  });

  it("still ends with the redirect an action asks for, and still shows a refusal as it was worded", async () => {
    const create = formAction("editor", input, async () => redirect("/admin/courses/7"));
    expect(await submit(create, { title: "새 과정" })).toMatchObject({
      status: "redirect",
      message: "/admin/courses/7",
    });
    const refuse = formAction("editor", input, async () => {
      throw new ActionError("다른 편집자가 먼저 저장했습니다.", "conflict");
    });
    expect(await submit(refuse, { title: "새 과정" })).toMatchObject({
      code: "conflict",
      message: "다른 편집자가 먼저 저장했습니다.",
      values: { title: "새 과정" },
    });
  });
});
