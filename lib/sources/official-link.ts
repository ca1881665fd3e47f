import { BIZINFO_HOME } from "./bizinfo/map";
import { YOUTHCENTER_HOME } from "./youthcenter/map";

/** A source's site, with or without www. */
const onSite = (host: string, home: string) =>
  host.endsWith(new URL(home).hostname.replace(/^www\./, ""));

/**
 * Says where the official link goes: the notice on 기업마당, the policy on 온통청년, another
 * site's page, or — when the source gave only a site's address — that site's front page.
 */
export function officialLink(url: string) {
  const address = URL.canParse(url) ? new URL(url) : null;
  const host = address?.hostname ?? "";
  const site = host.replace(/^www\./, "") || "외부 사이트";
  if (onSite(host, BIZINFO_HOME)) return { label: "기업마당 공고문 보기", frontPage: false };
  if (onSite(host, YOUTHCENTER_HOME)) return { label: "온통청년 정책 안내 보기", frontPage: false };
  if (address && address.pathname === "/" && !address.search)
    return { label: `${site} 첫 화면에서 공고 찾기`, frontPage: true };
  return { label: `공식 안내 보기 (${site})`, frontPage: false };
}
