import { josa } from "es-hangul";
import { addDays } from "@/lib/dates/dates";
import { formatKrw } from "@/lib/format/format";
import { bizinfoSource } from "../bizinfo/client";
import type { ProgramSource } from "../source";
import { youthcenterSource } from "../youthcenter/client";
import { prng } from "./work24-replay";

// The embedded default for programs when 기업마당 or 온통청년 has no key: official-format answers
// generated deterministically around today and replayed through the real connectors (same
// parsing, period reading, region rules and mapping). Every record is a sample (예시), and its
// agency is fictional, so that no demo program passes for a real offer.

export const DEMO_NOTICES = 200;
export const DEMO_POLICIES = 100;

const noticeTopics: [string, string, string][] = [
  ["소상공인 디지털 전환", "소상공인", "경영"],
  ["스마트공장 구축", "중소기업", "기술"],
  ["청년 창업 사업화", "예비창업자,창업기업", "창업"],
  ["수출 바우처", "중소기업", "수출"],
  ["정책자금 융자", "중소기업,소상공인", "금융"],
  ["재직자 직무 역량 강화", "중소기업,재직자", "인력"],
  ["온라인 판로 개척", "소상공인", "내수"],
  ["경영 컨설팅", "중소기업", "경영"],
  ["기술 보증 우대", "중소기업", "금융"],
  ["청년 일자리 채용 장려", "중소기업,청년", "인력"],
];
const noticeAgencies = ["인천예시경제진흥원", "예시중소기업지원단", "예시창업진흥센터"];
const policyTopics: [string, string, string, number, number][] = [
  ["청년 월세 예시 지원", "주거", "월세,주거", 19, 34],
  ["청년 구직활동 예시 수당", "일자리", "구직,취업", 18, 34],
  ["청년 자격증 응시료 예시 지원", "교육", "자격증,교육", 18, 39],
  ["청년 문화 예시 패스", "복지문화", "문화", 19, 19],
  ["청년 정책 참여단 예시 모집", "참여권리", "참여", 19, 39],
  ["청년 창업 공간 예시 지원", "일자리", "창업", 0, 0],
];
const incheonDistrictCodes = [
  "28125",
  "28155",
  "28177",
  "28185",
  "28200",
  "28237",
  "28245",
  "28275",
  "28290",
  "28710",
  "28720",
];
// Enough province prefixes for a national policy: 온통청년 lists every code of the area.
const nationalZipCodes = [
  "11110",
  "26110",
  "27110",
  "28177",
  "29110",
  "30110",
  "31110",
  "36110",
  "41111",
  "43111",
  "44131",
  "46110",
  "47111",
  "48121",
  "50110",
  "51110",
  "52111",
];

const ymd = (iso: string) => iso.replaceAll("-", "");

/** Numbers each topic's rounds 1, 2, 3…: no two demo programs share a title. */
function roundCounter() {
  const seen = new Map<string, number>();
  return (topic: string) => {
    const round = (seen.get(topic) ?? 0) + 1;
    seen.set(topic, round);
    return round;
  };
}

/** The demo notices of a day, in 기업마당's item shape. */
export function demoNotices(today: string, count = DEMO_NOTICES) {
  const random = prng(20_261_202);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const rounds = roundCounter();
  return Array.from({ length: count }, (_, i) => {
    const [topic, target, field] = pick(noticeTopics);
    const start = addDays(today, -40 + Math.floor(random() * 70));
    const end = addDays(start, 7 + Math.floor(random() * 50));
    // Mostly dated periods (open, closing soon, upcoming, ended), some in words as the source has them.
    const period =
      i % 10 === 7
        ? "예산 소진시까지"
        : i % 10 === 8
          ? "추후 공지"
          : i % 20 === 9
            ? "상시"
            : i % 20 === 19
              ? "세부사업별 상이"
              : i % 2
                ? `${start} ~ ${end}`
                : `${ymd(start)} ~ ${ymd(end)}`;
    // National notices only in the fields the connector asks 기업마당 for; the rest are 인천's.
    const incheon = i % 3 !== 0 || !["금융", "인력", "창업", "경영"].includes(field);
    return {
      pblancId: `PBLN_DEMO${String(i).padStart(8, "0")}`,
      pblancNm: `${incheon ? "[인천] " : ""}2026년 ${topic} 예시 지원사업 ${rounds(topic)}차`,
      jrsdInsttNm: `${pick(noticeAgencies)}`,
      excInsttNm: `${pick(noticeAgencies)}`,
      trgetNm: target,
      pldirSportRealmLclasCodeNm: field,
      bsnsSumryCn: `<p>${topic}에 필요한 비용과 상담을 지원하는 <strong>예시</strong> 사업입니다.</p><ul><li>지원 규모: 기업당 최대 ${formatKrw((1 + (i % 5)) * 10_000_000)}</li></ul>`,
      reqstBeginEndDe: period,
      reqstMthPapersCn: "<p>온라인 신청 후 사업계획서를 제출합니다.</p>",
      // The 000 exchange has no lines: a resident who calls a demo number reaches no one.
      refrncNm: `예시 상담센터 032-000-${String(1000 + i).slice(-4)}`,
      rceptEngnHmpgUrl: "",
      pblancUrl: `/web/lay1/bbs/S1T122C128/AS/74/view.do?pblancId=PBLN_DEMO${String(i).padStart(8, "0")}`,
      hashtags: [incheon ? "인천" : "", field, target.split(",")[0]].filter(Boolean).join(","),
      creatPnttm: `${start} 09:00:00`,
      totCnt: "",
    };
  });
}

/** The demo policies of a day, in 온통청년's item shape. */
export function demoPolicies(today: string, count = DEMO_POLICIES) {
  const random = prng(20_261_203);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const rounds = roundCounter();
  return Array.from({ length: count }, (_, i) => {
    const [topic, field, keywords, minAge, maxAge] = pick(policyTopics);
    const start = addDays(today, -40 + Math.floor(random() * 70));
    const end = addDays(start, 10 + Math.floor(random() * 40));
    const national = i % 4 === 0;
    const zipCd = national
      ? nationalZipCodes.join(",")
      : i % 4 === 1
        ? incheonDistrictCodes.join(",")
        : incheonDistrictCodes.filter((_, k) => (k + i) % 5 === 0).join(",");
    return {
      plcyNo: `2026DEMO${String(i).padStart(8, "0")}`,
      plcyNm: `${national ? "" : "인천 "}${topic} ${rounds(topic)}기`,
      plcyExplnCn: `${josa(topic, "을/를")} 안내하는 예시 정책입니다.`,
      plcySprtCn: `월 최대 ${10 + (i % 5) * 5}만 원을 최대 ${3 + (i % 10)}개월 지원합니다(예시).`,
      plcyKywdNm: keywords,
      lclsfNm: field,
      mclsfNm: "",
      sprvsnInstCdNm: national ? "예시청년정책관" : "인천예시청년센터",
      operInstCdNm: "",
      sprtTrgtMinAge: String(minAge),
      sprtTrgtMaxAge: String(maxAge),
      sprtTrgtAgeLmtYn: minAge === 0 ? "Y" : "N",
      zipCd,
      aplyPrdSeCd: i % 5 === 4 ? "0057002" : "0057001",
      aplyYmd: i % 5 === 4 ? "" : `${ymd(start)} ~ ${ymd(end)}`,
      aplyUrlAddr: "",
      refUrlAddr1: "",
      bizPrdEndYmd: ymd(addDays(today, 200)),
      plcyAplyMthdCn: "온라인으로 신청합니다(예시).",
      addAplyQlfcCndCn: i % 2 ? "인천광역시에 주민등록을 둔 사람" : "",
      earnEtcCn: i % 3 ? "" : "기준 중위소득 150% 이하",
    };
  });
}

/** A demo program source: a connector on replayed answers; every record a sample with no link. */
function asDemo<R>(source: ProgramSource<R>, name: "demo-bizinfo" | "demo-youthcenter") {
  return {
    ...source,
    name,
    async complete(raw: R) {
      const mapped = await source.complete(raw);
      return mapped.ok
        ? { ok: true as const, record: { ...mapped.record, isSample: true, url: null } }
        : mapped;
    },
  } satisfies ProgramSource<R>;
}

export function demoBizinfoSource(today: string, count = DEMO_NOTICES) {
  const notices = demoNotices(today, count);
  return asDemo(
    bizinfoSource({
      baseUrl: "https://www.bizinfo.go.kr",
      key: "demo",
      http: { timeoutMs: 1_000 },
      transport: async (url) => {
        const params = url.searchParams;
        const hashtag = params.get("hashtags");
        const field = params.get("searchLclasId");
        const fields: Record<string, string> = {
          "01": "금융",
          "03": "인력",
          "06": "창업",
          "07": "경영",
        };
        const matching = notices.filter((notice) =>
          hashtag
            ? notice.hashtags.split(",").includes(hashtag)
            : notice.pldirSportRealmLclasCodeNm === fields[field ?? ""],
        );
        const size = Number(params.get("pageUnit"));
        const page = Number(params.get("pageIndex"));
        const items = matching
          .slice((page - 1) * size, page * size)
          .map((notice) => ({ ...notice, totCnt: String(matching.length) }));
        return JSON.stringify({ jsonArray: items });
      },
    }),
    "demo-bizinfo",
  );
}

export function demoYouthcenterSource(today: string, count = DEMO_POLICIES) {
  const policies = demoPolicies(today, count);
  return asDemo(
    youthcenterSource({
      baseUrl: "https://www.youthcenter.go.kr",
      key: "demo",
      http: { timeoutMs: 1_000 },
      transport: async (url) => {
        const size = Number(url.searchParams.get("pageSize"));
        const page = Number(url.searchParams.get("pageNum"));
        return JSON.stringify({
          resultCode: 200,
          resultMessage: "정상",
          result: {
            pagging: { totCount: policies.length, pageNum: page, pageSize: size },
            youthPolicyList: policies.slice((page - 1) * size, page * size),
          },
        });
      },
    }),
    "demo-youthcenter",
  );
}
