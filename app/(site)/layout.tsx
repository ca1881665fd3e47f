import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DemoBanner } from "@/components/layout/demo-banner";
import { ResultsAnnouncer } from "@/components/search/results-announcer";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
      >
        본문으로 건너뛰기
      </a>
      <SiteHeader />
      <DemoBanner />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
      <ResultsAnnouncer />
    </>
  );
}
