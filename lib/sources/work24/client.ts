import { createHash } from "node:crypto";
import { addDays } from "@/lib/dates/dates";
import { fetchSourceText, type SourceHttpOptions } from "../http";
import type { CourseSource, SourceRound } from "../source";
import { mapRound, roundExternalId, trainingTypes, type TrainingTypeCode } from "./map";
import { parseDetail, parseListPage, parseOutcome, rawRoundSchema, type RawRound } from "./raw";
import { rejectionReason } from "../mapping";

// 고용24's training-course API, exactly as the official service takes it, so the same code runs
// against it or against a local stand-in: 310L01 pages of 100 rounds in 인천 (region 28) for each
// training type, start dates from a month ago to six months ahead; then 310L02 (detail) and
// 310L03 (outcomes) for each round that is new or changed.

const PATH = "/cm/openApi/call/hr";
const PAGE_SIZE = 100;
const MAX_PAGES = 1_000;
const INCHEON = "28";

export type Work24Config = {
  baseUrl: string;
  key: string;
  returnType?: "JSON" | "XML";
  http: SourceHttpOptions;
  /** How a request is answered: the official service by default, or a replay (the demo). */
  transport?: (url: URL) => Promise<string>;
};

const yyyymmdd = (iso: string) => iso.replaceAll("-", "");

/** The window of start dates a sync covers: a month ago to six months ahead. */
function syncWindow(today: string) {
  return { from: addDays(today, -31), to: addDays(today, 183) };
}

export function work24Source(
  config: Work24Config,
): CourseSource<RawRound & { type: TrainingTypeCode }> {
  const returnType = config.returnType ?? "JSON";
  const call = (service: string, params: Record<string, string>) => {
    const url = new URL(`${PATH}/callOpenApiSvcInfo${service}.do`, config.baseUrl);
    url.search = new URLSearchParams({ authKey: config.key, returnType, ...params }).toString();
    return (config.transport ?? ((target) => fetchSourceText(target, config.http)))(url);
  };

  return {
    name: "work24",
    entity: "course",
    async listRounds(today) {
      const window = syncWindow(today);
      const rounds: SourceRound<RawRound & { type: TrainingTypeCode }>[] = [];
      const rejected: { id: string; reason: string }[] = [];
      let expected = 0;
      let received = 0;
      for (const type of Object.keys(trainingTypes) as TrainingTypeCode[]) {
        let total = Infinity;
        for (let page = 1; (page - 1) * PAGE_SIZE < total && page <= MAX_PAGES; page++) {
          const body = await call("310L01", {
            outType: "1",
            pageNum: String(page),
            pageSize: String(PAGE_SIZE),
            srchTraStDt: yyyymmdd(window.from),
            srchTraEndDt: yyyymmdd(window.to),
            sort: "ASC",
            sortCol: "2",
            srchTraArea1: INCHEON,
            crseTracseSe: type,
          });
          const listed = parseListPage(body, returnType);
          if (page === 1) {
            total = listed.total;
            expected += listed.total;
          }
          received += listed.rows.length;
          for (const row of listed.rows) {
            const parsed = rawRoundSchema.safeParse(row);
            if (!parsed.success) {
              const raw = row as Partial<RawRound>;
              rejected.push({
                id: `${raw.trprId ?? "?"}-${raw.trprDegr ?? "?"}`,
                reason: rejectionReason(parsed.error),
              });
              continue;
            }
            rounds.push({
              externalId: roundExternalId(parsed.data),
              fingerprint: createHash("sha1").update(JSON.stringify(parsed.data)).digest("hex"),
              raw: { ...parsed.data, type },
            });
          }
          if (listed.rows.length === 0) break;
        }
      }
      return { rounds, rejected, expected, received, window };
    },
    async complete(round) {
      const params = {
        outType: "2",
        srchTrprId: round.trprId,
        srchTrprDegr: round.trprDegr,
        ...(round.trainstCstId && { srchTorgId: round.trainstCstId }),
      };
      const [detail, outcome] = await Promise.all([
        call("310L02", params).then((body) => parseDetail(body, returnType)),
        call("310L03", params).then((body) => parseOutcome(body, returnType)),
      ]);
      return mapRound(round, round.type, detail, outcome);
    },
  };
}
