import type { ServerResponse } from "node:http";
import { create } from "xmlbuilder2";
import { sendJson, sendXml, startStandInServer, type StandInServer } from "./server";

// A local stand-in for 고용24's course API: the official paths and parameters, answers in the
// official JSON or XML shapes from the rounds a test gives it, and the failures the real service
// shows (an error with HTTP 200, a 500, a page slower than the timeout).

export type StandInRound = Record<string, string> & { trprId: string; trprDegr: string };
export type StandInDetail = Record<string, string>;

export type Work24StandIn = StandInServer & {
  rounds: Map<string, StandInRound[]>;
  details: Map<string, StandInDetail>;
  outcomes: Map<string, Record<string, string>>;
  /** Reports one more record than it sends (a truncated set). */
  truncate: boolean;
  /** Answers this page of a list with the page before it, as paging over ties in the order may. */
  repeatedPage: number | null;
  /** Rounds ("trprId/trprDegr") whose 310L02 answers the service's error instead of details. */
  failingDetails: Set<string>;
};

const key = (trprId: string, trprDegr: string) => `${trprId}/${trprDegr}`;

function send(response: ServerResponse, returnType: string, json: unknown, xml: () => string) {
  if (returnType === "XML") sendXml(response, xml());
  else sendJson(response, json);
}

function hrdXml(build: (root: ReturnType<ReturnType<typeof create>["ele"]>) => void) {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  build(doc.ele("HRDNet"));
  return doc.end();
}

export async function startWork24StandIn(): Promise<Work24StandIn> {
  return startStandInServer(
    {
      rounds: new Map<string, StandInRound[]>(),
      details: new Map<string, StandInDetail>(),
      outcomes: new Map<string, Record<string, string>>(),
      truncate: false,
      repeatedPage: null,
      failingDetails: new Set<string>(),
    },
    (url, response, fault, standIn) => {
      const returnType = url.searchParams.get("returnType") ?? "JSON";
      const params = url.searchParams;
      const id = key(params.get("srchTrprId") ?? "", params.get("srchTrprDegr") ?? "");
      const failing = url.pathname.endsWith("310L02.do") && standIn.failingDetails.has(id);
      if (fault || failing || !url.searchParams.get("authKey")) {
        const message =
          fault === "error-200" || failing ? "일시적인 오류입니다" : "인증키가 유효하지 않습니다";
        send(response, returnType, { error: message }, () =>
          create({ version: "1.0" }).ele("GO24").ele("error").txt(message).doc().end(),
        );
        return;
      }
      const service = /callOpenApiSvcInfo(310L0[123])\.do$/.exec(url.pathname)?.[1];
      if (service === "310L01") {
        const all = standIn.rounds.get(params.get("crseTracseSe") ?? "") ?? [];
        const pageNum = Number(params.get("pageNum"));
        const pageSize = Number(params.get("pageSize"));
        const served = pageNum === standIn.repeatedPage ? pageNum - 1 : pageNum;
        const rows = all.slice((served - 1) * pageSize, served * pageSize);
        const total = String(all.length + (standIn.truncate ? 1 : 0));
        send(
          response,
          returnType,
          { pageNum: String(pageNum), pageSize: String(pageSize), scn_cnt: total, srchList: rows },
          () =>
            hrdXml((root) => {
              root.ele("scn_cnt").txt(total);
              root.ele("pageNum").txt(String(pageNum));
              root.ele("pageSize").txt(String(pageSize));
              const list = root.ele("srchList");
              for (const row of rows) {
                const item = list.ele("scn_list");
                for (const [name, value] of Object.entries(row)) item.ele(name).txt(value);
              }
            }),
        );
        return;
      }
      if (service === "310L02") {
        // As 고용24 answers: the trainee's own share in inst_detail_info, the rest in inst_base_info.
        const { tgcrGnrlTrneOwepAllt, ...base } = standIn.details.get(id) ?? {};
        const own = tgcrGnrlTrneOwepAllt === undefined ? {} : { tgcrGnrlTrneOwepAllt };
        send(response, returnType, { inst_base_info: base, inst_detail_info: own }, () =>
          hrdXml((root) => {
            const info = root.ele("inst_base_info");
            for (const [name, value] of Object.entries(base)) info.ele(name).txt(value);
            const detail = root.ele("inst_detail_info");
            for (const [name, value] of Object.entries(own)) detail.ele(name).txt(value);
          }),
        );
        return;
      }
      if (service === "310L03") {
        // Every round of the course that has outcomes, each under its trprDegr.
        const course = `${params.get("srchTrprId")}/`;
        const rows = [...standIn.outcomes]
          .filter(([key]) => key.startsWith(course))
          .map(([key, outcome]) => ({ trprDegr: key.slice(course.length), ...outcome }));
        send(response, returnType, { scn_list: rows }, () =>
          hrdXml((root) => {
            for (const row of rows) {
              const item = root.ele("scn_list");
              for (const [name, value] of Object.entries(row)) item.ele(name).txt(value);
            }
          }),
        );
        return;
      }
      response.writeHead(404);
      response.end();
    },
  );
}

/** Adds a round (and its detail and outcome) to the stand-in under a training type. */
export function addRound(
  standIn: Work24StandIn,
  type: string,
  round: StandInRound,
  detail: StandInDetail,
  outcome?: Record<string, string>,
) {
  standIn.rounds.set(type, [...(standIn.rounds.get(type) ?? []), round]);
  standIn.details.set(key(round.trprId, round.trprDegr), detail);
  if (outcome) standIn.outcomes.set(key(round.trprId, round.trprDegr), outcome);
}
