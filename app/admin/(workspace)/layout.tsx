import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { editorForPage } from "@/lib/auth/session";
import { roleLabels } from "@/lib/users/roles";

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const editor = await editorForPage({ contributors: true });
  return (
    <div className="md:grid md:min-h-dvh md:grid-cols-[13rem_1fr]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
      >
        본문으로 건너뛰기
      </a>
      <aside className="border-b border-slate-200 bg-white md:border-r md:border-b-0">
        <div className="px-4 py-3">
          <p className="text-brand-900 font-bold">편집실</p>
          <p className="text-sm text-slate-600">
            {editor.name} · {roleLabels[editor.role]}
          </p>
        </div>
        <AdminNav role={editor.role} />
        <div className="flex gap-2 px-4 py-3">
          <Link href="/" className="text-sm">
            포털 보기
          </Link>
          <SignOutButton />
        </div>
      </aside>
      <main id="main" className="min-w-0 px-4 py-6 md:px-8">
        {children}
      </main>
    </div>
  );
}
