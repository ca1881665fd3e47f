import { Link } from "@/components/navigation/link";

/** Active filters as links that remove them, and one that removes them all. */
export function FilterChips({
  chips,
  clearHref,
}: {
  chips: { key: string; label: string; href: string }[];
  clearHref: string;
}) {
  if (chips.length === 0) return null;
  return (
    <div role="group" className="mb-3 flex flex-wrap items-center gap-2" aria-label="적용된 필터">
      {chips.map((chip) => (
        <Link
          key={chip.key}
          href={chip.href}
          scroll={false}
          className="border-brand-100 bg-brand-50 text-brand-700 hover:bg-brand-100 inline-flex min-h-11 items-center gap-1 rounded-full border px-3 text-sm font-bold"
          aria-label={`${chip.label} 필터 해제`}
        >
          {chip.label}
          <span aria-hidden="true">×</span>
        </Link>
      ))}
      <Link
        href={clearHref}
        scroll={false}
        className="inline-flex min-h-11 items-center px-2 text-sm font-bold text-slate-700 underline"
      >
        모두 지우기
      </Link>
    </div>
  );
}
