import type { Metadata } from "next";
import { siteName } from "@/lib/metadata";

export const metadata: Metadata = {
  title: { default: "편집실", template: `%s | 편집실 | ${siteName}` },
  robots: { index: false, follow: false },
};

// Rendered per request: every admin response carries its own CSP nonce and reads the session.

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-dvh bg-slate-50">{children}</div>;
}
