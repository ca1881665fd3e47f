import Link from "next/link";

/** Page links that keep every other query parameter; plain links, so they work without JavaScript. */
export function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params: Record<string, string>;
}) {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams({ ...params, ...(p > 1 ? { page: String(p) } : {}) });
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  const linkClass =
    "flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 font-bold";
  return (
    <nav aria-label="페이지" className="mt-6 flex items-center justify-center gap-2">
      {page > 1 && (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          이전
        </Link>
      )}
      <span className="px-2 text-sm text-slate-600" aria-current="page">
        {page} / {pages} 페이지
      </span>
      {page < pages && (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          다음
        </Link>
      )}
    </nav>
  );
}
