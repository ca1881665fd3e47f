import type { Metadata } from "next";

/** The portal's name, as titles, feeds, calendars and structured data give it. */
export const siteName = "인천 경제·일자리 포털";

/** What a missing page is called, in its heading and in the browser's tab and history. */
export const notFoundTitle = "찾으시는 페이지가 없습니다";

export const notFoundMetadata: Metadata = { title: notFoundTitle };

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
