import { Link } from "@/components/navigation/link";
import { formatNumber } from "@/lib/format/format";

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
  const linkClass =
    "flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 font-bold";
  // An old or hand-edited link past the results: say so, rather than an empty list.
  if (pages >= 1 && page > pages)
    return (
      <nav aria-label="페이지" className="mt-6 flex flex-col items-center gap-3">
        <p role="status" className="text-center">
          {formatNumber(page)} 페이지는 없습니다. 결과는 {formatNumber(pages)} 페이지까지입니다.
        </p>
        <Link href={hrefFor(pages)} className={linkClass} data-results-page="">
          마지막 페이지로
        </Link>
      </nav>
    );
  if (pages <= 1) return null;
  return (
    <nav aria-label="페이지" className="mt-6 flex items-center justify-center gap-2">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className={linkClass} rel="prev" data-results-page="">
          이전
        </Link>
      )}
      <span className="px-2 text-sm text-slate-600">
        {page} / {pages} 페이지
      </span>
      {page < pages && (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next" data-results-page="">
          다음
        </Link>
      )}
    </nav>
  );
}
