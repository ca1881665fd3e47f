import { josa } from "es-hangul";
import { addDays } from "@/lib/dates/dates";
import type { CourseSource } from "../source";
import { work24Source } from "../work24/client";
import type { TrainingTypeCode } from "../work24/map";

// The embedded default when no 고용24 key is set: official-format 310L01/02/03 answers generated
// deterministically around today, replayed through the real connector (same parsing, validation
// and mapping), so a fresh portal shows a catalog of realistic size: rounds recruiting, closing
// soon, in progress and ended. Every record it makes is a sample (예시).

export const DEMO_ROUNDS = 3_200;

/** A seeded pseudo-random sequence in [0, 1): the same seed gives the same catalog. */
export function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const topics: [string, string, string][] = [
  ["파이썬", "AI 서비스 개발", "20"],
  ["자바", "풀스택 웹 개발", "20"],
  ["빅데이터", "분석 실무", "20"],
  ["클라우드", "인프라 엔지니어", "20"],
  ["정보보안", "보안 관제", "20"],
  ["스마트팩토리", "설비 운영", "15"],
  ["산업용 로봇", "제어 프로그래밍", "15"],
  ["전기자동차", "정비 실무", "15"],
  ["반도체", "공정 장비 유지보수", "19"],
  ["드론", "촬영과 제어", "19"],
  ["UI·UX", "디자인 실무", "08"],
  ["영상 편집", "유튜브 콘텐츠 제작", "08"],
  ["전산회계", "실무 자격 취득", "02"],
  ["무역 실무", "수출입 사무", "02"],
  ["바리스타", "카페 창업", "13"],
  ["한식 조리", "조리기능사", "13"],
  ["요양보호사", "자격 취득", "07"],
  ["전기기능사", "자격 취득", "19"],
  ["용접", "특수용접 실무", "15"],
  ["항만", "물류 관리", "09"],
];
const levels = ["기초", "실무", "심화", "취업 연계", "전문가 양성"];
// Fictional institutions: the demo must never look like a real provider's offer.
const providers = [
  "인천예시직업전문학교",
  "송도예시IT아카데미",
  "부평예시컴퓨터학원",
  "계양예시인재개발원",
  "청라예시디지털캠퍼스",
  "남동예시기술교육원",
  "미추홀예시직업학교",
  "검단예시IT교육센터",
  "영종예시항공물류교육원",
  "연수예시디자인학원",
];
const streets: [string, string][] = [
  ["부평구", "부평대로"],
  ["남동구", "예술로"],
  ["연수구", "송도과학로"],
  ["미추홀구", "인하로"],
  ["계양구", "계양대로"],
  ["서구", "청라대로"],
  ["서구", "검단로"],
  ["중구", "영종대로"],
  ["중구", "신포로"],
  ["동구", "송림로"],
  ["강화군", "강화대로"],
  ["옹진군", "백령로"],
];
const types: TrainingTypeCode[] = ["C0061", "C0104", "C0105", "C0054"];

type Generated = {
  type: TrainingTypeCode;
  round: Record<string, string>;
  detail: Record<string, string>;
  outcome: Record<string, string> | null;
};

const yyyymmdd = (iso: string) => iso.replaceAll("-", "");

/** The demo rounds of a day: the same for the same day, moving with it. */
export function demoRounds(today: string, count = DEMO_ROUNDS): Generated[] {
  const random = prng(20_261_201);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const [topic, subject, ncs] = pick(topics);
    const type = types[i % types.length]!;
    const hours =
      type === "C0105" ? 40 + Math.floor(random() * 6) * 20 : 120 + Math.floor(random() * 45) * 20;
    const weeks = Math.max(1, Math.ceil(hours / 40));
    // Start dates across the window 고용24 is asked for: a month ago to six months ahead.
    const start = addDays(today, -30 + Math.floor(random() * 210));
    const end = addDays(start, weeks * 7 - 3);
    const [district, street] = pick(streets);
    const capacity = 15 + Math.floor(random() * 16);
    const started = start <= today;
    const tuition = hours * (8_000 + Math.floor(random() * 6) * 1_000);
    const selfPay = type === "C0104" || type === "C0105" ? 0 : Math.round(tuition * 0.15);
    const id = `DEMO${String(2_026_000_000 + Math.floor(i / 2)).padStart(10, "0")}`;
    return {
      type,
      round: {
        trprId: id,
        trprDegr: String(1 + (i % 2)),
        // A level the name does not already say: no "분석 실무 실무".
        title: `${topic} ${subject} ${pick(levels.filter((level) => !`${topic} ${subject}`.includes(level)))} 과정`,
        subTitle: pick(providers),
        titleLink: "",
        traStartDate: i % 3 ? yyyymmdd(start) : start,
        traEndDate: yyyymmdd(end),
        address: `인천광역시 ${district} ${street} ${10 + (i % 400)}`,
        // The 000 exchange has no lines: a resident who calls a demo number reaches no one.
        telNo: `032-000-${String(1000 + i).slice(-4)}`,
        trngAreaCd: "28",
        trainstCstId: `5000${i % 10}`,
        ncsCd: `${ncs}0${1 + (i % 3)}0101`,
        courseMan: tuition.toLocaleString("en-US"),
        yardMan: String(capacity),
        regCourseMan: String(
          started ? capacity - Math.floor(random() * 4) : Math.floor(random() * capacity),
        ),
        eiEmplRate6: started ? "B" : "A",
        contents: `${josa(topic, "을/를")} 익혀 ${subject} 현장에 바로 쓰는 예시 과정입니다.`,
        wkendSe: pick(["3", "3", "3", "1", "2"]),
      },
      detail: {
        trtm: String(hours),
        perTrco: (tuition - selfPay).toLocaleString("en-US"),
        tgcrGnrlTrneOwepAllt: String(selfPay),
        trprChapTel: `032-000-${String(1000 + i).slice(-4)}`,
      },
      outcome: null,
    };
  });
}

/** Answers a 고용24 request URL from the day's demo rounds, in the official JSON shape. */
function replay(rounds: Generated[]) {
  const byType = new Map<string, Generated[]>();
  const byRound = new Map<string, Generated>();
  for (const generated of rounds) {
    byType.set(generated.type, [...(byType.get(generated.type) ?? []), generated]);
    byRound.set(`${generated.round.trprId}/${generated.round.trprDegr}`, generated);
  }
  return async (url: URL) => {
    const params = url.searchParams;
    if (url.pathname.endsWith("310L01.do")) {
      const all = byType.get(params.get("crseTracseSe") ?? "") ?? [];
      const page = Number(params.get("pageNum"));
      const size = Number(params.get("pageSize"));
      return JSON.stringify({
        pageNum: String(page),
        pageSize: String(size),
        scn_cnt: String(all.length),
        srchList: all.slice((page - 1) * size, page * size).map((g) => g.round),
      });
    }
    const found = byRound.get(`${params.get("srchTrprId")}/${params.get("srchTrprDegr")}`);
    if (url.pathname.endsWith("310L02.do")) {
      const { tgcrGnrlTrneOwepAllt, ...base } = found?.detail ?? {};
      return JSON.stringify({ inst_base_info: base, inst_detail_info: { tgcrGnrlTrneOwepAllt } });
    }
    return JSON.stringify({ scn_list: found?.outcome ? [found.outcome] : [] });
  };
}

/** The demo as a source of courses: 고용24's connector on replayed answers; every record a sample. */
export function demoCourseSource(today: string, count = DEMO_ROUNDS): CourseSource<unknown> {
  const work24 = work24Source({
    baseUrl: "https://www.work24.go.kr",
    key: "demo",
    http: { timeoutMs: 1_000 },
    transport: replay(demoRounds(today, count)),
  });
  return {
    name: "demo",
    entity: "course",
    listRounds: work24.listRounds as CourseSource<unknown>["listRounds"],
    async complete(raw) {
      const mapped = await work24.complete(raw as never);
      // A sample has no page on 고용24 to link to.
      return mapped.ok
        ? { ok: true, record: { ...mapped.record, isSample: true, url: null } }
        : mapped;
    },
  };
}
