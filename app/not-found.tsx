import { notFoundMetadata } from "@/lib/metadata";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata = notFoundMetadata;

// An address no route matches: outside the public layout, so it draws the header and footer.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-16 text-center">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
