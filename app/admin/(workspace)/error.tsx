"use client";

import Link from "next/link";

// A workspace page that failed: the menu stays; nothing typed elsewhere is lost by retrying.
export default function WorkspaceError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="max-w-xl py-6">
      <h1 className="text-xl font-bold">이 화면을 열지 못했습니다</h1>
      <p className="mt-2 text-slate-600">
        잠시 문제가 생겼습니다. 다시 시도하고, 계속되면 편집실 첫 화면에서 다시 여세요.
      </p>
      <p className="mt-4 flex gap-3">
        <button
          type="button"
          onClick={reset}
          className="bg-brand-700 inline-flex min-h-11 items-center rounded-lg px-4 font-bold text-white"
        >
          다시 시도
        </button>
        <Link
          href="/admin"
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 font-bold"
        >
          편집실 첫 화면
        </Link>
      </p>
    </div>
  );
}
