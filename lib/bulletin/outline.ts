import GithubSlugger from "github-slugger";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { markdownToPlainText } from "@/lib/search/documents";

type Node = { type: string; depth?: number; value?: string; children?: Node[] };

const parser = unified().use(remarkParse).use(remarkGfm);

function textOf(node: Node): string {
  return typeof node.value === "string" ? node.value : (node.children ?? []).map(textOf).join("");
}

export type Heading = { depth: number; text: string; id: string };

// The article page's own ids (components/bulletin, the site header): a heading taking one would
// take its links too.
const pageIds = new Set(["main", "toc", "article-programs", "related", "sources", "site-search"]);

/**
 * The ids a page's headings take, from the ids rehype-slug gives them, in order. A slug that
 * reads as a script name (`## __next_f`) would become a global the page's scripts read (a browser
 * names each element's id on window) and stop them; it, and one of the page's own ids, get an
 * h- prefix, numbered as the slugger numbers when that is taken too. Korean slugs hold a hyphen
 * or are words no script reads, and keep their anchors.
 */
export function safeHeadingIds(slugs: string[]) {
  const taken = new Set(slugs);
  return slugs.map((slug) => {
    if (!/^[A-Za-z_$][\w$]*$/.test(slug) && !pageIds.has(slug)) return slug;
    let id = `h-${slug}`;
    for (let n = 1; taken.has(id); n++) id = `h-${slug}-${n}`;
    taken.add(id);
    return id;
  });
}

/**
 * The article's ## and ### headings with the ids they take on the page (the same slugger over
 * the same headings in the same order, then safeHeadingIds), for the in-page table of contents.
 */
export function articleHeadings(markdown: string): Heading[] {
  const slugger = new GithubSlugger();
  const root = parser.parse(markdown) as Node;
  const all: (Heading & { slug: string })[] = [];
  const walk = (node: Node) => {
    if (node.type === "heading") {
      const text = textOf(node);
      all.push({ depth: node.depth ?? 1, text, id: "", slug: slugger.slug(text) });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(root);
  const ids = safeHeadingIds(all.map((heading) => heading.slug));
  return all
    .map(({ depth, text }, i) => ({ depth, text, id: ids[i]! }))
    .filter((heading) => heading.depth === 2 || heading.depth === 3);
}

// Korean prose reads at roughly 500 characters a minute.
export function readingMinutes(markdown: string) {
  return Math.max(1, Math.round(markdownToPlainText(markdown).replace(/\s+/g, "").length / 500));
}
