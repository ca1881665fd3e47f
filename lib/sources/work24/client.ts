import { addDays } from "@/lib/dates/dates";
import { fetchSourceText, type SourceHttpOptions } from "../http";
import { fileListing, ListingBuilder, type Rejection } from "../listing";
import type { CourseSource, SourceRound } from "../source";
import {
  MAPPING_VERSION,
  mapRound,
  roundExternalId,
  listedTrainingTypes,
  trainingTypeOf,
  type TrainingTypeCode,
} from "./map";
import {
  parseDetail,
  parseListPage,
  parseOutcome,
  rawDetailSchema,
  rawRoundSchema,
  type RawRound,
} from "./raw";
import { fingerprintOf, koreanIssues, rejectionReason } from "../mapping";

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

type TypedRound = RawRound & { type: TrainingTypeCode };

/**
 * A refused row named as the portal holds its round, so the report matches the record and the
 * sync does not close a round the source still lists.
 */
function rejectedRoundId(row: unknown) {
  const { trprId, trprDegr } = row as Record<string, unknown>;
  return trprId && trprDegr
    ? roundExternalId({ trprId: String(trprId), trprDegr: String(trprDegr) })
    : `${String(trprId ?? "?")}-${String(trprDegr ?? "?")}`;
}

/** One row of a 310L01 list as a round to sync, or why it is refused. */
function listedRound(row: unknown, type: TrainingTypeCode): SourceRound<TypedRound> | Rejection {
  const parsed = rawRoundSchema.safeParse(row, koreanIssues);
  if (!parsed.success) return { id: rejectedRoundId(row), reason: rejectionReason(parsed.error) };
  return {
    externalId: roundExternalId(parsed.data),
    fingerprint: fingerprintOf(parsed.data, MAPPING_VERSION),
    raw: { ...parsed.data, type },
  };
}

export function work24Source(config: Work24Config): CourseSource<TypedRound> {
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
      const listing = new ListingBuilder<TypedRound>(window);
      // trprId + trprDegr names a round, but 고용24 keys some on the institution too: a second
      // institution under the same pair is refused by name rather than replacing the first.
      const institutions = new Map<string, string>();
      const listedOnce = (row: unknown, type: TrainingTypeCode) => {
        const listed = listedRound(row, type);
        if ("reason" in listed) return listed;
        const institution = listed.raw.trainstCstId ?? "";
        const first = institutions.get(listed.externalId) ?? institution;
        institutions.set(listed.externalId, first);
        if (first === institution) return listed;
        return {
          id: `${listed.externalId} (trainstCstId ${institution})`,
          reason: `같은 과정·회차를 다른 기관(trainstCstId ${first})이 먼저 올렸습니다. 포털은 과정·회차마다 한 건만 싣습니다`,
        };
      };
      for (const code of listedTrainingTypes) {
        const type = trainingTypeOf(code)!;
        listing.startQuery(PAGE_SIZE);
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
            crseTracseSe: code,
          });
          const listed = parseListPage(body, returnType);
          if (page === 1) total = listed.total;
          if (listing.addPage(listed.rows, (row) => listedOnce(row, type)) === 0) break;
        }
        listing.endQuery(total);
      }
      return listing.listing;
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
        call("310L03", params).then((body) => parseOutcome(body, returnType, round.trprDegr)),
      ]);
      return mapRound(round, round.type, detail, outcome);
    },
  };
}

/** What the portal already holds of a round that a list file cannot say (310L02's details). */
export type KnownRoundDetail = {
  totalHours: number;
  selfPayment: number | null;
  contact: string | null;
  address: string | null;
};

/**
 * A 310L01 answer saved to a file (JSON or XML), as a source for one sync run. Each row's type
 * is its trainTargetCd. A list carries no details, so a round the portal already holds keeps
 * the hours, self-payment, contact and address it has; a new one cannot be made from the file.
 */
export function work24FileSource(
  body: string,
  returnType: "JSON" | "XML",
  known: Map<string, KnownRoundDetail>,
): CourseSource<TypedRound> {
  // Read at once, so a malformed file is refused before any run is recorded.
  const { rows } = parseListPage(body, returnType);
  return {
    name: "work24",
    entity: "course",
    async listRounds() {
      return fileListing(rows, (row) => {
        const code = String((row as { trainTargetCd?: unknown }).trainTargetCd ?? "");
        const type = trainingTypeOf(code);
        if (!type)
          return {
            id: rejectedRoundId(row),
            reason: `훈련 유형(trainTargetCd)이 포털이 싣는 유형이 아닙니다: ${code || "없음"}`,
          };
        return listedRound(row, type);
      });
    },
    async complete(round) {
      const held = known.get(roundExternalId(round));
      if (!held)
        return {
          ok: false,
          reason:
            "고용24 목록 파일에는 총 훈련시간(trtm)이 없어 새 과정을 만들 수 없습니다. 동기화가 상세 정보와 함께 가져옵니다",
        };
      const detail = rawDetailSchema.parse({
        trtm: String(held.totalHours),
        tgcrGnrlTrneOwepAllt: held.selfPayment === null ? undefined : String(held.selfPayment),
        trprChapTel: held.contact ?? undefined,
        addr1: held.address ?? undefined,
      });
      return mapRound(round, round.type, detail, null);
    },
  };
}
