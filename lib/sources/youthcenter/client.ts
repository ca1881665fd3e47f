import { fetchSourceText, type SourceHttpOptions } from "../http";
import { fileListing, ListingBuilder, type Rejection } from "../listing";
import type { ProgramSource, SourceRound } from "../source";
import {
  applicationPeriodCodes,
  MAPPING_VERSION,
  mapPolicy,
  policyExternalId,
  policyRegion,
} from "./map";
import { parsePolicyPage, rawPolicySchema, type RawPolicy } from "./raw";
import { fingerprintOf, koreanIssues, rejectionReason } from "../mapping";

// 온통청년's youth-policy API, exactly as the official service takes it, so the same code runs
// against it or a local stand-in: every policy in pages of 100; Incheon's (zip codes 28…) and
// national ones are kept. A policy is complete in the listing (no detail call).

const PATH = "/go/ythip/getPlcy";
const PAGE_SIZE = 100;
const MAX_PAGES = 500;

export type YouthcenterConfig = {
  baseUrl: string;
  key: string;
  http: SourceHttpOptions;
  /** How a request is answered: the official service by default, or a replay (the demo). */
  transport?: (url: URL) => Promise<string>;
};

/**
 * One listed policy as a record to sync, why it is refused, or null when the portal leaves it
 * out: another region's, or one 온통청년 marks 마감 (a held one then closes, as if gone).
 */
function listedPolicy(row: unknown): SourceRound<RawPolicy> | Rejection | null {
  const parsed = rawPolicySchema.safeParse(row, koreanIssues);
  if (!parsed.success) {
    // Named as the portal holds the policy (the sync keeps a listed one open).
    const { plcyNo } = row as { plcyNo?: unknown };
    return {
      id: plcyNo ? policyExternalId(String(plcyNo)) : "?",
      reason: rejectionReason(parsed.error),
    };
  }
  // Another region's policy is left out; mapping waits for complete().
  if (policyRegion(parsed.data.zipCd) === null) return null;
  if (parsed.data.aplyPrdSeCd === applicationPeriodCodes.closed) return null;
  return {
    externalId: policyExternalId(parsed.data.plcyNo),
    fingerprint: fingerprintOf(parsed.data, MAPPING_VERSION),
    raw: parsed.data,
  };
}

const completePolicy = async (policy: RawPolicy) =>
  mapPolicy(policy) ?? { ok: false as const, reason: "인천이나 전국 대상 정책이 아닙니다" };

export function youthcenterSource(config: YouthcenterConfig): ProgramSource<RawPolicy> {
  const call = (page: number) => {
    const url = new URL(PATH, config.baseUrl);
    url.search = new URLSearchParams({
      apiKeyNm: config.key,
      pageNum: String(page),
      pageSize: String(PAGE_SIZE),
      rtnType: "json",
    }).toString();
    return (config.transport ?? ((target) => fetchSourceText(target, config.http)))(url);
  };

  return {
    name: "youthcenter",
    entity: "program",
    async listRounds() {
      const listing = new ListingBuilder<RawPolicy>(null);
      listing.startQuery(PAGE_SIZE);
      let reported: number | null = null;
      for (let page = 1; page <= MAX_PAGES; page++) {
        const answer = parsePolicyPage(await call(page));
        if (page === 1) reported = answer.total;
        const fresh = listing.addPage(answer.rows, listedPolicy);
        const past = reported !== null && page * PAGE_SIZE >= reported;
        if (past || answer.rows.length < PAGE_SIZE || fresh === 0) break;
      }
      listing.endQuery(reported);
      return listing.listing;
    },
    complete: completePolicy,
  };
}

/** A 온통청년 answer saved to a file (JSON), as a source for one sync run. */
export function youthcenterFileSource(body: string): ProgramSource<RawPolicy> {
  // Read at once, so a malformed file is refused before any run is recorded.
  const { rows } = parsePolicyPage(body);
  return {
    name: "youthcenter",
    entity: "program",
    async listRounds() {
      return fileListing(rows, listedPolicy);
    },
    complete: completePolicy,
  };
}
