import { eq } from "drizzle-orm";
import { SaxesParser } from "saxes";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { articles } from "@/lib/db/schema";
import { seededDatabase } from "@/test/db";
import { GET } from "./route";

// What the attack run did: an editor's title with two `]]>` and a tag with `<` in a published article.
const title = "반도체]]><evil>1</evil>]]><evil/>";
const tag = "<태그>&";

describe("GET /feed.xml", () => {
  beforeAll(async () => {
    await seededDatabase();
    const [article] = await db.select().from(articles).where(eq(articles.status, "published"));
    await db
      .update(articles)
      .set({ title, tags: [tag], category: "a < b" })
      .where(eq(articles.id, article!.id));
  });

  it("stays well-formed Atom and shows a hostile title and tag as text", async () => {
    const response = await GET();
    const xml = await response.text();
    const uris = new Set<string>();
    const names: string[] = [];
    const texts: string[] = [];
    const terms: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on("opentag", (node) => {
      uris.add(node.uri ?? "");
      names.push(node.local ?? node.name);
      const term = node.attributes.term;
      if (term) terms.push(typeof term === "string" ? term : term.value);
    });
    parser.on("text", (text) => texts.push(text));
    parser.write(xml).close();
    expect([...uris]).toEqual(["http://www.w3.org/2005/Atom"]);
    expect(names).not.toContain("evil");
    expect(texts).toContain(title);
    expect(terms).toEqual(expect.arrayContaining([tag, "a < b"]));
  });
});
