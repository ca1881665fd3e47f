"use client";

import "./globals.css";

// When even the root layout fails: a page of its own, with its own <html>.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="ko">
      <body className="min-h-dvh font-sans">
        <main className="mx-auto max-w-3xl px-4 py-16 text-center">
          <h1 className="text-2xl font-bold">인천 경제·일자리 포털을 잠시 열 수 없습니다</h1>
          <p className="mt-3 text-slate-600">
            잠시 뒤 다시 시도하세요. 문제가 계속되면 첫 화면부터 다시 열어 주세요.
          </p>
          <p className="mt-6 flex justify-center gap-3">
            <button
              type="button"
              onClick={reset}
              className="bg-brand-700 inline-flex min-h-11 items-center rounded-lg px-4 font-bold text-white"
            >
              다시 시도
            </button>
            {/* A plain link: the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a
              href="/"
              className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 font-bold"
            >
              첫 화면으로
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
