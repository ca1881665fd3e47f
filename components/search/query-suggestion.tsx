import { josa } from "es-hangul";
import { Link } from "@/components/navigation/link";
import type { QuerySuggestion } from "@/lib/search/spelling";

const why: Record<QuerySuggestion["reason"], string> = {
  keyboard: "한/영 전환 없이 입력하신 것 같습니다.",
  spelling: "비슷한 검색어가 있습니다.",
};

/** Offers the query the resident probably meant, with how many results it finds. */
export function QuerySuggestionHint({
  suggestion,
  href,
  unit,
}: {
  suggestion: QuerySuggestion | null;
  href: (q: string) => string;
  unit: string;
}) {
  if (!suggestion) return null;
  const { q, count, reason } = suggestion;
  return (
    <p className="mt-2 mb-3">
      {why[reason]}{" "}
      <Link href={href(q)} className="text-brand-700 font-bold underline">
        ‘{q}’{josa.pick(q, "으로/로")} 찾기 ({count}
        {unit})
      </Link>
    </p>
  );
}
