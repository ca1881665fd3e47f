import type { Metadata } from "next";

export const metadata: Metadata = {
  title: { default: "편집실", template: "%s | 편집실 | 인천 경제·일자리 포털" },
  robots: { index: false, follow: false },
};

// Rendered per request: every admin response carries its own CSP nonce and reads the session.

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-dvh bg-slate-50">{children}</div>;
}
