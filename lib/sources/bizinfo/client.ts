import { fetchSourceText, type SourceHttpOptions } from "../http";
import { fileListing, ListingBuilder, type Rejection } from "../listing";
import type { ProgramSource, SourceRound } from "../source";
import {
  bizinfoFields,
  bizinfoOtherFields,
  MAPPING_VERSION,
  mapNotice,
  noticeExternalId,
  noticeRegion,
} from "./map";
import { parseNoticePage, rawNoticeSchema, type RawNotice } from "./raw";
import { fingerprintOf, koreanIssues, rejectionReason } from "../mapping";

// 기업마당's support-program API, exactly as the official service takes it, so the same code
// runs against it or a local stand-in: every notice tagged 인천, then each field the portal lists
// for national notices, in pages of 100. A notice is complete in the listing (no detail call).

const PATH = "/uss/rss/bizinfoApi.do";
const PAGE_SIZE = 100;
const MAX_PAGES = 200;

export type BizinfoConfig = {
  baseUrl: string;
  key: string;
  dataType?: "json" | "rss";
  http: SourceHttpOptions;
  /** How a request is answered: the official service by default, or a replay (the demo). */
  transport?: (url: URL) => Promise<string>;
};

/**
 * One listed notice as a record to sync, why it is refused, or null for another region's (and,
 * from a field whose national programs the portal does not list, for anything not 인천's).
 */
function listedNotice(
  row: unknown,
  incheonOnly = false,
): SourceRound<RawNotice> | Rejection | null {
  const parsed = rawNoticeSchema.safeParse(row, koreanIssues);
  if (!parsed.success) {
    if (incheonOnly && !String((row as { pblancNm?: unknown }).pblancNm ?? "").includes("인천"))
      return null;
    // Named as the portal holds the notice (the sync keeps a listed one open).
    const { pblancId } = row as { pblancId?: unknown };
    return {
      id: pblancId ? noticeExternalId(String(pblancId)) : "?",
      reason: rejectionReason(parsed.error),
    };
  }
  // Another region's notice is left out; mapping (HTML to text) waits for complete().
  const { region } = noticeRegion(parsed.data);
  if (region === null || (incheonOnly && region !== "인천")) return null;
  // The count changes with every new notice; it is not part of this one.
  const notice = { ...parsed.data, totCnt: undefined };
  return {
    externalId: noticeExternalId(parsed.data.pblancId),
    fingerprint: fingerprintOf(notice, MAPPING_VERSION),
    raw: parsed.data,
  };
}

const completeNotice = async (notice: RawNotice) =>
  mapNotice(notice) ?? {
    ok: false as const,
    reason: "인천이나 전국 대상 사업이 아닙니다",
  };

export function bizinfoSource(config: BizinfoConfig): ProgramSource<RawNotice> {
  const dataType = config.dataType ?? "json";
  const call = (params: Record<string, string>) => {
    const url = new URL(PATH, config.baseUrl);
    url.search = new URLSearchParams({ crtfcKey: config.key, dataType, ...params }).toString();
    return (config.transport ?? ((target) => fetchSourceText(target, config.http)))(url);
  };

  return {
    name: "bizinfo",
    entity: "program",
    async listRounds() {
      const listing = new ListingBuilder<RawNotice>(null);
      const queries: { params: Record<string, string>; incheonOnly: boolean }[] = [
        { params: { hashtags: "인천" }, incheonOnly: false },
        ...Object.keys(bizinfoFields).map((code) => ({
          params: { searchLclasId: code },
          incheonOnly: false,
        })),
        ...bizinfoOtherFields.map((code) => ({
          params: { searchLclasId: code },
          incheonOnly: true,
        })),
      ];
      // A notice both tagged 인천 and in a field arrives twice: one record (or rejection).
      for (const { params, incheonOnly } of queries) {
        listing.startQuery(PAGE_SIZE);
        let reported: number | null = null;
        for (let page = 1; page <= MAX_PAGES; page++) {
          const { rows, total } = parseNoticePage(
            await call({
              searchCnt: "0",
              pageUnit: String(PAGE_SIZE),
              pageIndex: String(page),
              ...params,
            }),
            dataType,
          );
          if (page === 1) reported = total;
          const fresh = listing.addPage(rows, (row) => listedNotice(row, incheonOnly));
          if (rows.length < PAGE_SIZE || fresh === 0) break;
        }
        listing.endQuery(reported);
      }
      return listing.listing;
    },
    complete: completeNotice,
  };
}

/** A 기업마당 answer saved to a file (JSON or RSS), as a source for one sync run. */
export function bizinfoFileSource(
  body: string,
  dataType: "json" | "rss",
): ProgramSource<RawNotice> {
  // Read at once, so a malformed file is refused before any run is recorded.
  const { rows } = parseNoticePage(body, dataType);
  return {
    name: "bizinfo",
    entity: "program",
    async listRounds() {
      return fileListing(rows, listedNotice);
    },
    complete: completeNotice,
  };
}
