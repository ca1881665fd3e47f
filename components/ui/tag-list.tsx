import { Link } from "@/components/navigation/link";
import { tagPath } from "@/lib/routes/public";

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="태그" className="flex flex-wrap gap-1.5">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={tagPath(tag)}
            className="hover:bg-brand-50 hover:text-brand-700 inline-flex min-h-9 items-center rounded-full bg-slate-100 px-2.5 text-sm text-slate-700"
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
