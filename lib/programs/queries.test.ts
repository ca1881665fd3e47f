import { beforeAll, describe, expect, it } from "vitest";
import { seededDatabase } from "@/test/db";
import { programsClosingSoon } from "./queries";

describe("programsClosingSoon", () => {
  beforeAll(seededDatabase);

  it("lists programs taking applications, soonest deadline first, not ones yet to open", async () => {
    // On 2024-04-10 the youth rent support (접수 2024-04-12 ~ 2025-02-25) has not opened yet.
    const closing = await programsClosingSoon("2024-04-10", "2025-03-01");
    expect(closing.map((program) => program.applyEnd)).toEqual([
      "2024-05-03",
      "2024-05-10",
      "2024-05-16",
    ]);
    expect(await programsClosingSoon("2024-04-12", "2025-03-01")).toHaveLength(4);
  });
});
