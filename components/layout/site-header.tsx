import { Link } from "@/components/navigation/link";
import { HeaderSearch } from "@/components/search/header-search";
import { coursesPath, homePath, issuesPath, programsPath } from "@/lib/routes/public";
import { siteName } from "@/lib/metadata";

const navigation = [
  { href: coursesPath(), label: "훈련과정" },
  { href: programsPath(), label: "지원사업" },
  { href: issuesPath(), label: "경제산업 동향" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white md:sticky md:top-0 md:z-30 print:hidden">
      <div className="mx-auto grid max-w-6xl grid-cols-1 gap-2 px-4 pt-2 md:grid-cols-[auto_1fr_minmax(0,24rem)] md:items-center md:gap-6 md:py-2">
        {/* Words wrap whole on a phone with large text, rather than overlap or scroll sideways. */}
        <Link
          href={homePath}
          className="text-brand-900 flex min-h-11 items-center text-lg font-bold break-keep md:whitespace-nowrap"
        >
          {siteName}
        </Link>
        {/* Placed by column, not by order: a first render is streamed, and a browser may paint
            the search before the menu has arrived; each already stands where it will stay. */}
        <div className="md:col-start-3 md:row-start-1">
          <HeaderSearch id="site-search" />
        </div>
        <nav aria-label="주 메뉴" className="md:col-start-2 md:row-start-1">
          <ul className="grid grid-cols-3 text-center md:flex md:gap-1">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="hover:text-brand-700 flex min-h-11 items-center justify-center px-2 text-[0.9375rem] leading-tight font-bold break-keep text-slate-700 md:rounded-md md:whitespace-nowrap md:hover:bg-slate-100"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
