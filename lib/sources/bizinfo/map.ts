import type { ProgramApplicant } from "@/lib/programs/enums";
import { programRecordSchema } from "@/lib/programs/schema";
import { cropText, htmlToText, plainText } from "../html-text";
import { applicationPeriod, periodFields } from "../period";
import type { MappedProgram } from "../source";
import type { RawNotice } from "./raw";
import { keywordTags, koreanIssues, rejectionReason, webAddress } from "../mapping";

/**
 * Raise when this mapping changes what a record holds: the next sync maps every record again.
 * 2: titles' and agencies' entities decoded (R&amp;D), and text fields with entities keep their
 * line breaks; links without a scheme kept (https), 기업마당's own http links made https.
 */
export const MAPPING_VERSION = 2;

export const BIZINFO_HOME = "https://www.bizinfo.go.kr";

/** The fields (searchLclasId) whose national programs the portal lists, with its own names. */
export const bizinfoFields = {
  "01": "금융",
  "03": "고용·훈련",
  "06": "창업",
  "07": "경영",
} as const;

/**
 * The other fields: their national programs are not the portal's, but a notice titled [인천] in
 * one of them is, though not every such notice carries the 인천 hashtag.
 */
export const bizinfoOtherFields = ["02", "04", "05", "09"];

// 기업마당's field names (pldirSportRealmLclasCodeNm) in the portal's words.
const categories: Record<string, string> = {
  금융: "금융",
  기술: "기술",
  인력: "고용·훈련",
  수출: "무역·수출",
  내수: "내수·판로",
  창업: "창업",
  경영: "경영",
  기타: "기타",
};

// The 17 시·도 as titles' prefixes and hashtags name them ("[인천]", "[인천광역시]", "서울").
const provinces = [
  "서울",
  "부산",
  "대구",
  "인천",
  "광주",
  "대전",
  "울산",
  "세종",
  "경기",
  "강원",
  "충북",
  "충남",
  "전북",
  "전남",
  "경북",
  "경남",
  "제주",
];
const provinceOf = (word: string) => {
  const short = word
    .replace(/\s.*$/, "")
    .replace(/(특별자치시|특별자치도|광역시|특별시|도)$/, "")
    .replace(/^충청북$/, "충북")
    .replace(/^충청남$/, "충남")
    .replace(/^전라북$|^전북특별자치$/, "전북")
    .replace(/^전라남$/, "전남")
    .replace(/^경상북$/, "경북")
    .replace(/^경상남$/, "경남");
  return provinces.find((province) => short === province) ?? null;
};

/**
 * Whose program a notice is: 인천's (its title's region prefix or a 인천 hashtag), national (no
 * region named), or another region's (outside the portal). The title loses its region prefix.
 */
export function noticeRegion(notice: Pick<RawNotice, "pblancNm" | "hashtags">): {
  region: "인천" | "전국" | null;
  title: string;
} {
  const name = plainText(notice.pblancNm);
  const prefix = /^\s*\[([^\]]+)\]\s*/.exec(name);
  const prefixed = prefix ? provinceOf(prefix[1]!.trim()) : null;
  const title = prefixed ? name.slice(prefix![0].length).trim() : name;
  const tagged = new Set(
    (notice.hashtags ?? "")
      .split(",")
      .map((tag) => provinceOf(tag.trim()))
      .filter((province): province is string => province !== null),
  );
  if (prefixed === "인천" || tagged.has("인천")) return { region: "인천", title };
  if (prefixed || tagged.size > 0) return { region: null, title };
  return { region: "전국", title };
}

export function noticeExternalId(pblancId: string) {
  return `bizinfo-${pblancId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
}

/** The notice's own page on 기업마당 (pblancUrl comes absolute or relative). */
export function noticeUrl(notice: Pick<RawNotice, "pblancId" | "pblancUrl">) {
  if (notice.pblancUrl) {
    try {
      const link = webAddress(new URL(notice.pblancUrl, BIZINFO_HOME).toString());
      if (link) return link;
    } catch {
      // An unusable address falls back to the notice's page by its id.
    }
  }
  return `${BIZINFO_HOME}/web/lay1/bbs/S1T122C128/AS/74/view.do?pblancId=${encodeURIComponent(notice.pblancId)}`;
}

// 기업마당's target names (trgetNm) that say which residents may apply; others (사회적기업,
// 전통시장, 기관 …) name no one the eligibility check asks about.
const applicantsByTarget: [RegExp, ProgramApplicant][] = [
  [/소상공인|자영업/, "small_business"],
  [/예비\s*창업/, "prospective_founder"],
  [/중소|중견|벤처|스타트업|창업기업|1인\s*창조/, "sme_owner"],
];

/** The resident statuses a notice's targets name; empty when they name none (확인 필요). */
export function noticeApplicants(targets: string): ProgramApplicant[] {
  return applicantsByTarget
    .filter(([pattern]) => pattern.test(targets))
    .map(([, applicant]) => applicant);
}

/** One 기업마당 notice as the portal's program, or why it cannot be one (null: not Incheon's). */
export function mapNotice(notice: RawNotice): MappedProgram | null {
  const { region, title } = noticeRegion(notice);
  if (region === null) return null;
  const period = applicationPeriod("reqstBeginEndDe", notice.reqstBeginEndDe);
  if ("error" in period) return { ok: false, reason: period.error, ended: period.ended };
  const summary = htmlToText(notice.bsnsSumryCn);
  if (!summary) return { ok: false, reason: "bsnsSumryCn(사업 개요)이 비어 있습니다" };
  const targets = htmlToText(notice.trgetNm);
  const howToApply = htmlToText(notice.reqstMthPapersCn);
  const applySite = webAddress(notice.rceptEngnHmpgUrl);
  const field = notice.pldirSportRealmLclasCodeNm ?? "";
  const parsed = programRecordSchema.safeParse(
    {
      externalId: noticeExternalId(notice.pblancId),
      title: cropText(title, 200),
      agency: plainText(notice.jrsdInsttNm || notice.excInsttNm),
      category: categories[field] ?? (field || "기타"),
      targetGroups: targets,
      region,
      summary: cropText(summary, 600),
      eligibility: targets
        ? `지원 대상: ${targets}. 세부 자격은 공고문에서 확인하세요.`
        : "지원 대상과 자격은 공고문에서 확인하세요.",
      benefit: cropText(summary, 5_000),
      maxAmountKrw: null,
      ...periodFields(period),
      minAge: null,
      maxAge: null,
      eligibleApplicants: noticeApplicants(targets),
      eligibleAreas: [region],
      howToApply: cropText(
        [
          howToApply || "신청 방법과 서류는 공고문에서 확인하세요.",
          applySite && `접수처: ${applySite}`,
        ]
          .filter(Boolean)
          .join("\n"),
        5_000,
      ),
      url: noticeUrl(notice),
      contact: notice.refrncNm ? cropText(htmlToText(notice.refrncNm), 200) : null,
      tags: keywordTags(notice.hashtags),
      isSample: false,
    },
    koreanIssues,
  );
  if (!parsed.success) return { ok: false, reason: rejectionReason(parsed.error) };
  return { ok: true, record: parsed.data };
}
