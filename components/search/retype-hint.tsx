import Link from "next/link";

/** On an empty result, offers the Hangul that Latin letters typed on a Korean keyboard spell. */
export function RetypeHint({
  retyped,
  href,
  unit,
}: {
  retyped: { q: string; count: number } | null;
  href: (q: string) => string;
  unit: string;
}) {
  if (!retyped) return null;
  return (
    <p className="mt-2">
      한/영 전환을 하지 않고 입력하셨나요?{" "}
      <Link href={href(retyped.q)} className="text-brand-700 font-bold underline">
        ‘{retyped.q}’(으)로 찾기 ({retyped.count}
        {unit})
      </Link>
    </p>
  );
}
