import { Link } from "@/components/navigation/link";

export function SectionHeading({
  title,
  href,
  linkLabel,
}: {
  title: string;
  href?: string;
  linkLabel?: string;
}) {
  return (
    <div className="mb-3 flex items-end justify-between gap-4">
      <h2 className="text-xl font-bold">{title}</h2>
      {href && (
        <Link
          href={href}
          className="text-brand-700 flex min-h-11 items-center text-sm font-bold hover:underline"
        >
          {linkLabel ?? "전체 보기"}
        </Link>
      )}
    </div>
  );
}
