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
 * The id a heading's slug takes on the page. A slug that reads as a script name (`## __next_f`)
 * would become a global the page's scripts read (a browser names each element's id on window)
 * and stop them; it, and one of the page's own ids, get an h- prefix. Korean slugs hold a hyphen
 * or are words no script reads, and keep their anchors.
 */
export function headingId(slug: string) {
  return /^[A-Za-z_$][\w$]*$/.test(slug) || pageIds.has(slug) ? `h-${slug}` : slug;
}

/**
 * The article's ## and ### headings with the ids rehype-slug gives them on the page (the same
 * slugger over the same headings in the same order), for the in-page table of contents.
 */
export function articleHeadings(markdown: string): Heading[] {
  const slugger = new GithubSlugger();
  const root = parser.parse(markdown) as Node;
  const headings: Heading[] = [];
  const walk = (node: Node) => {
    if (node.type === "heading") {
      const text = textOf(node);
      const id = headingId(slugger.slug(text));
      if (node.depth === 2 || node.depth === 3) headings.push({ depth: node.depth, text, id });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(root);
  return headings;
}

// Korean prose reads at roughly 500 characters a minute.
export function readingMinutes(markdown: string) {
  return Math.max(1, Math.round(markdownToPlainText(markdown).replace(/\s+/g, "").length / 500));
}
