import { Link } from "@/components/navigation/link";

/** Previous / next links; plain links, so they work without JavaScript. */
export function PageLinks({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const linkClass =
    "flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 font-bold";
  return (
    <nav aria-label="페이지" className="mt-6 flex items-center justify-center gap-2">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
          이전
        </Link>
      )}
      <span className="px-2 text-sm text-slate-600">
        {page} / {pages} 페이지
      </span>
      {page < pages && (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
          다음
        </Link>
      )}
    </nav>
  );
}
