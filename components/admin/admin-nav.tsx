"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { User } from "@/lib/db/schema";

const items = [
  { href: "/admin", label: "현황" },
  { href: "/admin/issues", label: "소식지" },
  { href: "/admin/media", label: "이미지" },
  { href: "/admin/courses", label: "훈련과정" },
  { href: "/admin/programs", label: "지원사업" },
  { href: "/admin/import", label: "가져오기" },
  { href: "/admin/sources", label: "데이터 연계" },
  { href: "/admin/search", label: "검색 색인" },
  { href: "/admin/audit", label: "변경 기록" },
];

// A contributor writes articles (and their figures) only; admins also look after tags and accounts.
function itemsFor(role: User["role"]) {
  if (role === "contributor")
    return items.filter((item) => ["/admin/issues", "/admin/media"].includes(item.href));
  if (role === "editor") return items;
  return [
    ...items,
    { href: "/admin/tags", label: "태그" },
    { href: "/admin/users", label: "사용자" },
  ];
}

export function AdminNav({ role }: { role: User["role"] }) {
  const pathname = usePathname();
  const links = itemsFor(role);
  return (
    <nav aria-label="편집실 메뉴">
      {/* On a phone every entry shows, over two rows: a strip scrolled sideways hid half of them. */}
      <ul className="flex flex-wrap gap-x-1 px-2 pb-2 md:flex-col md:flex-nowrap">
        {links.map((item) => {
          const current =
            item.href === "/admin" ? pathname === "/admin" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-900 flex min-h-11 items-center rounded-md px-3 font-bold whitespace-nowrap text-slate-700 no-underline hover:bg-slate-100"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
