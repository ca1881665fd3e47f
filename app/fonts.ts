import localFont from "next/font/local";

// Pretendard from the npm package, served by the app itself (no font CDN). The KS X 1001 subset
// covers the 2,350 common Hangul syllables at a fraction of the full font's size.
export const pretendard = localFont({
  src: [
    {
      path: "../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Regular.subset.woff2",
      weight: "400",
    },
    {
      path: "../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Bold.subset.woff2",
      weight: "700",
    },
  ],
  display: "swap",
  variable: "--font-pretendard",
  fallback: [
    "system-ui",
    "-apple-system",
    "Apple SD Gothic Neo",
    "Noto Sans KR",
    "Malgun Gothic",
    "sans-serif",
  ],
});
