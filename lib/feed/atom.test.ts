import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { atomXml, type AtomFeed } from "./atom";

const ATOM = "http://www.w3.org/2005/Atom";

/** Parses strictly (saxes rejects anything not well-formed) and lists every element and text. */
function parse(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  const elements: { uri: string; name: string; attributes: Record<string, string> }[] = [];
  const texts: string[] = [];
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes))
      attributes[name] = typeof attribute === "string" ? attribute : attribute.value;
    elements.push({ uri: tag.uri ?? "", name: tag.local ?? tag.name, attributes });
  });
  parser.on("text", (text) => texts.push(text));
  parser.on("cdata", (text) => texts.push(text));
  parser.write(xml).close();
  return { elements, texts };
}

const hostile = "제목]]><script>alert(1)</script>]]><x:y/> & \"따옴표\" 'a' <b>";

function feedWith(text: string): AtomFeed {
  return {
    id: "http://portal.test/issues",
    title: text,
    subtitle: text,
    link: "http://portal.test/issues",
    self: "http://portal.test/feed.xml",
    updated: new Date("2024-04-30T00:00:00Z"),
    authors: [text],
    entries: [
      {
        id: "http://portal.test/issues/2024-04/a?x=1&y=<2>",
        title: text,
        link: "http://portal.test/issues/2024-04/a?x=1&y=2",
        summary: text,
        updated: new Date("2024-04-30T00:00:00Z"),
        published: new Date("2024-04-30T00:00:00Z"),
        categories: [text, `${text}2`],
        authors: [text],
      },
    ],
  };
}

describe("atomXml", () => {
  it("keeps titles, summaries, tags and authors with ]]>, <, & and quotes as literal text", () => {
    const { elements, texts } = parse(atomXml(feedWith(hostile)));
    expect(elements.every((element) => element.uri === ATOM)).toBe(true);
    expect(elements.map((element) => element.name)).not.toContain("script");
    // feed title, subtitle, feed author, entry title, summary, entry author
    expect(texts.filter((text) => text === hostile)).toHaveLength(6);
    const terms = elements.filter((e) => e.name === "category").map((e) => e.attributes.term);
    expect(terms).toEqual([hostile, `${hostile}2`]);
    const entryId = elements.findIndex((e) => e.name === "entry");
    expect(texts).toContain("http://portal.test/issues/2024-04/a?x=1&y=<2>");
    expect(entryId).toBeGreaterThan(0);
  });

  it("drops control characters and lone surrogates instead of writing an unreadable feed", () => {
    const text = `a\u0001b\u0008c\uD800d\uDFFFe\uFFFEf 😀`;
    const xml = atomXml(feedWith(text));
    const { texts } = parse(xml);
    expect(texts).toContain("abcdef 😀");
    expect(xml).not.toMatch(/[\u0001\u0008]/);
  });
});
