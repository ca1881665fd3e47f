import { beforeAll, describe, expect, it } from "vitest";
import { seededDatabase } from "@/test/db";
import { knownTags } from "./known";

describe("the tags in use", () => {
  beforeAll(async () => {
    await seededDatabase();
  });

  it("lists each tag of the articles, courses and programs once, most used first", async () => {
    const tags = await knownTags();
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags).toContain("청년");
    expect(tags).toContain("K-디지털 트레이닝");
    // 청년 tags several programs and articles; 화재알림시설 one program.
    expect(tags.indexOf("청년")).toBeLessThan(tags.indexOf("화재알림시설"));
  });
});
