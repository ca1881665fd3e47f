"use client";

import Link from "next/link";

// A page that failed to render: the header and footer stay, the resident can retry or go home.
export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-3xl py-10 text-center">
      <h1 className="text-2xl font-bold">페이지를 보여 드리지 못했습니다</h1>
      <p className="mt-3 text-slate-600">
        잠시 문제가 생겼습니다. 다시 시도하거나 첫 화면에서 다시 찾아보세요.
      </p>
      <p className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="bg-brand-700 inline-flex min-h-11 items-center rounded-lg px-4 font-bold text-white"
        >
          다시 시도
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 font-bold"
        >
          첫 화면으로
        </Link>
      </p>
    </div>
  );
}
