import { diffLines, diffWords } from "diff";

export type DiffPart = { value: string; change: "added" | "removed" | "same" };

type Content = { title: string; summary: string; category: string; tags: string[]; body: string };

const fields = [
  { key: "title", label: "제목" },
  { key: "summary", label: "요약" },
  { key: "category", label: "분류" },
  { key: "tags", label: "태그" },
  { key: "body", label: "본문" },
] as const;

function text(content: Content, key: (typeof fields)[number]["key"]) {
  return key === "tags" ? content.tags.join(", ") : content[key];
}

/** What changed between two versions of an article, field by field (unchanged fields left out). */
export function revisionDiff(from: Content, to: Content) {
  return fields.flatMap(({ key, label }) => {
    const before = text(from, key);
    const after = text(to, key);
    if (before === after) return [];
    const parts = (key === "body" ? diffLines(before, after) : diffWords(before, after)).map(
      (part): DiffPart => ({
        value: part.value,
        change: part.added ? "added" : part.removed ? "removed" : "same",
      }),
    );
    return [{ key, label, parts }];
  });
}
