import type { Highlighted } from "@/lib/search/hits";

export function HighlightedText({
  segments,
  fallback,
}: {
  segments?: Highlighted;
  fallback: string;
}) {
  if (!segments) return <>{fallback}</>;
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
