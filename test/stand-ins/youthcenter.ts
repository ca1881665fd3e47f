import { sendJson, startStandInServer, type StandInServer } from "./server";

// A local stand-in for 온통청년's youth-policy API: the official path and parameters (apiKeyNm,
// pageNum, pageSize, rtnType=json), the official envelope with every value a string, and the
// service's errors, which come with HTTP 200 and a resultCode other than 200.

export type StandInPolicy = Record<string, string> & { plcyNo: string };

export type YouthcenterStandIn = StandInServer & {
  policies: StandInPolicy[];
  /** Reports one more policy than it sends (a truncated set). */
  truncate: boolean;
  /** Answers pagging.totCount as the count, or leaves it out or empty, as the service may. */
  reportedTotal: "count" | "missing" | "empty";
  /**
   * Starts each page after the first one row early and never sends the last row, as paging over
   * an order with ties may: a row comes twice where another should have.
   */
  overlapPages: boolean;
};

export async function startYouthcenterStandIn(): Promise<YouthcenterStandIn> {
  return startStandInServer(
    {
      policies: [] as StandInPolicy[],
      truncate: false,
      reportedTotal: "count" as YouthcenterStandIn["reportedTotal"],
      overlapPages: false,
    },
    (url, response, fault, standIn) => {
      const params = url.searchParams;
      if (url.pathname !== "/go/ythip/getPlcy") {
        response.writeHead(404);
        response.end();
        return;
      }
      if (fault === "error-200") {
        sendJson(response, { resultCode: 500, resultMessage: "일시적인 오류입니다", result: null });
        return;
      }
      if (fault === "wrong-key" || !params.get("apiKeyNm")) {
        sendJson(response, { resultCode: 401, resultMessage: "인증키가 유효하지 않습니다" });
        return;
      }
      const size = Number(params.get("pageSize") || 10);
      const page = Number(params.get("pageNum") || 1);
      sendJson(response, {
        resultCode: 200,
        resultMessage: "정상",
        result: {
          pagging: {
            ...(standIn.reportedTotal !== "missing" && {
              totCount:
                standIn.reportedTotal === "empty"
                  ? ""
                  : standIn.policies.length + (standIn.truncate ? 1 : 0),
            }),
            pageNum: page,
            pageSize: size,
          },
          youthPolicyList: (standIn.overlapPages
            ? standIn.policies.slice(0, -1)
            : standIn.policies
          ).slice(
            Math.max((page - 1) * size - (standIn.overlapPages ? 1 : 0), 0),
            page * size - (standIn.overlapPages && page > 1 ? 1 : 0),
          ),
        },
      });
    },
  );
}
