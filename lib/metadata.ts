import type { Metadata } from "next";

const siteName = "인천 경제·일자리 포털";

/** Title, description, canonical URL and OpenGraph for a public page, from one place. */
export function pageMetadata({
  title,
  description,
  path,
  openGraph,
}: {
  title: string;
  description: string;
  path: string;
  openGraph?: Partial<NonNullable<Metadata["openGraph"]>>;
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      title,
      description,
      url: path,
      siteName,
      locale: "ko_KR",
      ...openGraph,
    } as Metadata["openGraph"],
  };
}
