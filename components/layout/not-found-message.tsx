import { Link } from "@/components/navigation/link";
import { notFoundTitle } from "@/lib/metadata";
import { homePath } from "@/lib/routes/public";

/** What a missing page says, inside whichever layout draws the header and footer. */
export function NotFoundMessage() {
  return (
    <>
      <p className="text-brand-700 text-sm font-bold">404</p>
      <h1 className="mt-2 text-2xl font-bold">{notFoundTitle}</h1>
      <p className="mt-3 text-slate-600">
        주소가 바뀌었거나 삭제된 페이지일 수 있습니다. 검색으로 찾아보세요.
      </p>
      <p className="mt-6">
        <Link
          href={homePath}
          className="bg-brand-700 inline-flex min-h-11 items-center rounded-lg px-4 font-bold text-white"
        >
          첫 화면으로
        </Link>
      </p>
    </>
  );
}
