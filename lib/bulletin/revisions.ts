import { diffLines, diffWords } from "diff";
import type { Article, ArticleSource } from "@/lib/db/schema";
import { sectionLabels } from "./sections";

export type DiffPart = { value: string; change: "added" | "removed" | "same" };

type Content = {
  title: string;
  summary: string;
  category: string;
  tags: string[];
  body: string;
  // Null in revisions saved before these were kept: such a field is not compared.
  slug: string | null;
  section: Article["section"] | null;
  sources: ArticleSource[] | null;
};

/** The revision row that records an article as it is now saved. */
export function revisionOf(
  article: Pick<
    Article,
    | "id"
    | "version"
    | "title"
    | "summary"
    | "body"
    | "category"
    | "tags"
    | "slug"
    | "section"
    | "sources"
  >,
) {
  const { id, version, title, summary, body, category, tags, slug, section, sources } = article;
  return { articleId: id, version, title, summary, body, category, tags, slug, section, sources };
}

const fields = [
  { key: "title", label: "제목" },
  { key: "slug", label: "주소" },
  { key: "section", label: "구분" },
  { key: "summary", label: "요약" },
  { key: "category", label: "분류" },
  { key: "tags", label: "태그" },
  { key: "sources", label: "참고 자료" },
  { key: "body", label: "본문" },
] as const;

function text(content: Content, key: (typeof fields)[number]["key"]): string | null {
  switch (key) {
    case "tags":
      return content.tags.join(", ");
    case "section":
      return content.section && sectionLabels[content.section];
    case "sources":
      return (
        content.sources &&
        content.sources.map((s) => [s.title, s.url].filter(Boolean).join(" ")).join("\n")
      );
    default:
      return content[key];
  }
}

/** What changed between two versions of an article, field by field (unchanged fields left out). */
export function revisionDiff(from: Content, to: Content) {
  return fields.flatMap(({ key, label }) => {
    const before = text(from, key);
    const after = text(to, key);
    if (before === null || after === null || before === after) return [];
    const parts = (
      key === "body" || key === "sources" ? diffLines(before, after) : diffWords(before, after)
    ).map((part): DiffPart => ({
      value: part.value,
      change: part.added ? "added" : part.removed ? "removed" : "same",
    }));
    return [{ key, label, parts }];
  });
}
