import { create } from "xmlbuilder2";
import { sendJson, sendXml, startStandInServer, type StandInServer } from "./server";

// A local stand-in for 기업마당's support-program API: the official path and parameters
// (crtfcKey, dataType json|rss, hashtags, searchLclasId, pageUnit, pageIndex), answers in the
// JSON shapes seen live and in the docs or as RSS, and the service's error with HTTP 200.

export type StandInNotice = Record<string, string> & { pblancId: string };

export type BizinfoStandIn = StandInServer & {
  notices: StandInNotice[];
  /** Answer JSON as the docs show it ({"jsonArray": {"item": [...]}}) instead of the live array. */
  documentedShape: boolean;
  /** Answer every page with the whole set, as a service that reads searchCnt=0 as "all" may. */
  pagingIgnored: boolean;
};

const fieldNames: Record<string, string> = {
  "01": "금융",
  "02": "기술",
  "03": "인력",
  "04": "수출",
  "05": "내수",
  "06": "창업",
  "07": "경영",
  "09": "기타",
};

export async function startBizinfoStandIn(): Promise<BizinfoStandIn> {
  return startStandInServer(
    { notices: [] as StandInNotice[], documentedShape: false, pagingIgnored: false },
    (url, response, fault, standIn) => {
      const params = url.searchParams;
      if (url.pathname !== "/uss/rss/bizinfoApi.do") {
        response.writeHead(404);
        response.end();
        return;
      }
      if (fault || !params.get("crtfcKey")) {
        sendJson(response, {
          reqErr: fault === "error-200" ? "일시적인 오류입니다" : "인증키가 유효하지 않습니다",
        });
        return;
      }
      const hashtag = params.get("hashtags");
      const field = fieldNames[params.get("searchLclasId") ?? ""];
      const matching = standIn.notices.filter(
        (notice) =>
          (!hashtag || (notice.hashtags ?? "").split(",").includes(hashtag)) &&
          (!field || notice.pldirSportRealmLclasCodeNm === field),
      );
      const size = Number(params.get("pageUnit") || 10);
      const page = Number(params.get("pageIndex") || 1);
      const items = (
        standIn.pagingIgnored ? matching : matching.slice((page - 1) * size, page * size)
      ).map((notice) => ({ ...notice, totCnt: String(matching.length) }));
      if (params.get("dataType") === "rss") {
        const channel = create({ version: "1.0", encoding: "UTF-8" }).ele("rss").ele("channel");
        channel.ele("title").txt("기업마당 지원사업");
        for (const item of items) {
          const element = channel.ele("item");
          for (const [name, value] of Object.entries(item)) element.ele(name).txt(value);
        }
        sendXml(response, channel.doc().end());
        return;
      }
      sendJson(response, { jsonArray: standIn.documentedShape ? { item: items } : items });
    },
  );
}
