import { Link } from "@/components/navigation/link";

// What a failed page says, and the two ways out: try again, or go back to a page that works.
export function ErrorRecovery({
  title,
  message,
  retry,
  home,
}: {
  title: string;
  message: string;
  /** Next's retry: asks the server for the page again (its reset would only re-render it). */
  retry: () => void;
  /** Where 'back' goes; `plain` when the app's router may be what failed. */
  home: { href: string; label: string; plain?: boolean };
}) {
  const homeClass =
    "inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 font-bold";
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-600">{message}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={retry}
          className="bg-brand-700 inline-flex min-h-11 items-center rounded-lg px-4 font-bold text-white"
        >
          다시 시도
        </button>
        {home.plain ? (
          <a href={home.href} className={homeClass}>
            {home.label}
          </a>
        ) : (
          <Link href={home.href} className={homeClass}>
            {home.label}
          </Link>
        )}
      </p>
    </>
  );
}
