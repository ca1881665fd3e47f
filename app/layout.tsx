import type { Metadata, Viewport } from "next";
import { siteUrl } from "@/lib/env";
import { PRETENDARD_MEDIA, wideScreenStylesheetScript } from "@/lib/fonts/wide-screen-stylesheet";
import { pretendardStylesheetPath } from "@/lib/routes/public";
import "./globals.css";
import { siteName } from "@/lib/metadata";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: siteName, template: `%s | ${siteName}` },
  description:
    "인천 경제산업 Issue & Trend를 읽고, 인천의 직업훈련 과정과 지원사업을 한 번에 찾는 포털입니다.",
};

// Pages may wait for their data before the first byte (no loading shells to prefetch): the public
// ones read only 'use cache' data and are served whole from the cache after their first request.
export const instant = false;

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#174c99" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko">
      <head>
        {/* Pretendard on wide screens only: phones read in their own Korean font. */}
        <script dangerouslySetInnerHTML={{ __html: wideScreenStylesheetScript }} />
        <noscript>
          <link rel="stylesheet" href={pretendardStylesheetPath} media={PRETENDARD_MEDIA} />
        </noscript>
      </head>
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
