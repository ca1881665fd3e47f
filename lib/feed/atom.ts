import { create } from "xmlbuilder2";

const ATOM = "http://www.w3.org/2005/Atom";
const XML = "http://www.w3.org/XML/1998/namespace";

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  summary: string;
  updated: Date;
  published: Date;
  categories: string[];
  authors?: string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  link: string;
  self: string;
  updated: Date;
  authors: string[];
  entries: AtomEntry[];
};

/**
 * An Atom document whose every text is escaped by the XML builder, never wrapped in CDATA: a title
 * holding `]]>` or `<` stays text. Characters XML cannot carry (control characters, lone
 * surrogates) are dropped rather than making the whole feed unreadable.
 */
export function atomXml(feed: AtomFeed): string {
  const doc = create({ version: "1.0", encoding: "UTF-8", invalidCharReplacement: "" });
  const root = doc.ele(ATOM, "feed").att(XML, "xml:lang", "ko");
  root.ele("id").txt(feed.id);
  root.ele("title").txt(feed.title);
  root.ele("subtitle").txt(feed.subtitle);
  root.ele("updated").txt(feed.updated.toISOString());
  root.ele("link", { href: feed.link, rel: "alternate" });
  root.ele("link", { href: feed.self, rel: "self", type: "application/atom+xml" });
  for (const name of feed.authors) root.ele("author").ele("name").txt(name);
  for (const entry of feed.entries) {
    const item = root.ele("entry");
    item.ele("id").txt(entry.id);
    item.ele("title", { type: "text" }).txt(entry.title);
    item.ele("link", { href: entry.link, rel: "alternate" });
    item.ele("updated").txt(entry.updated.toISOString());
    item.ele("published").txt(entry.published.toISOString());
    item.ele("summary", { type: "text" }).txt(entry.summary);
    for (const name of entry.authors ?? []) item.ele("author").ele("name").txt(name);
    for (const term of new Set(entry.categories)) item.ele("category", { term });
  }
  return doc.end({ prettyPrint: true, wellFormed: true });
}
