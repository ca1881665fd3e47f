"use client";

import { ErrorRecovery } from "@/components/layout/error-recovery";
import "./globals.css";
import { homePath } from "@/lib/routes/public";
import { siteName } from "@/lib/metadata";

// When even the root layout fails: a page of its own, with its own <html>.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="ko">
      <body className="min-h-dvh font-sans">
        <main className="mx-auto flex max-w-3xl flex-col items-center px-4 py-16 text-center">
          <ErrorRecovery
            title={`${siteName}을 잠시 열 수 없습니다`}
            message="잠시 뒤 다시 시도하세요. 문제가 계속되면 첫 화면부터 다시 열어 주세요."
            retry={retry}
            home={{ href: homePath, label: "첫 화면으로", plain: true }}
          />
        </main>
      </body>
    </html>
  );
}
