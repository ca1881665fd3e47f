import type { DiffPart } from "@/lib/bulletin/revisions";

const styles = {
  added: "bg-emerald-100 text-emerald-950",
  removed: "bg-rose-100 text-rose-950 line-through",
  same: "text-slate-700",
};

const marks = { added: "추가: ", removed: "삭제: ", same: "" };

export function RevisionDiff({ label, parts }: { label: string; parts: DiffPart[] }) {
  return (
    <div className="mb-6">
      <h3 className="mb-1 font-bold">{label}</h3>
      <pre className="overflow-x-auto rounded-md border border-slate-200 bg-white p-3 text-sm leading-6 whitespace-pre-wrap">
        {parts.map((part, index) =>
          part.change === "same" ? (
            <span key={index} className={styles.same}>
              {part.value}
            </span>
          ) : (
            <span key={index} className={styles[part.change]}>
              <span className="sr-only">{marks[part.change]}</span>
              {part.change === "added" ? (
                <ins className="no-underline">{part.value}</ins>
              ) : (
                <del>{part.value}</del>
              )}
            </span>
          ),
        )}
      </pre>
    </div>
  );
}
