import { fundingTags } from "@/lib/courses/enums";
import { courseRecordSchema } from "@/lib/courses/schema";
import { districtOf } from "@/lib/districts/districts";
import type { MappedCourse } from "../source";
import { officialDate, officialMoney } from "../http";
import { plainText } from "../html-text";
import type { RawDetail, RawOutcome, RawRound } from "./raw";
import { koreanIssues, rejectionReason, webAddress } from "../mapping";

/**
 * Raise when this mapping changes what a record holds: the next sync maps every record again.
 * 2: regCourseMan is applicants, not participants. 3: 기초역량 rounds are not K-디지털 트레이닝's.
 * 4: the self-payment comes from 310L02's inst_detail_info (it was read from inst_base_info), and
 * 영종도's and 검단's road-name addresses find their district. 5: a current district code wins over
 * the old 서구 or 중구 an address still names; titles, institutions and descriptions have their
 * entities decoded (R&amp;D), and its http links made https.
 */
export const MAPPING_VERSION = 5;

/** The training types the portal shows, as 고용24's crseTracseSe codes. */
export const trainingTypes = {
  C0061: "국민내일배움카드 일반",
  C0104: "K-디지털 트레이닝",
  C0105: "K-디지털 기초역량",
  C0054: "국가기간전략산업직종",
} as const;
export type TrainingTypeCode = keyof typeof trainingTypes;

/**
 * What a sync asks 고용24 for: each type, and the sub-types the service documents as codes of
 * their own (C0061S 구직자, C0061I 재직자), in case it matches codes exactly. A round sent under
 * both is taken once.
 */
export const listedTrainingTypes = [...Object.keys(trainingTypes), "C0061S", "C0061I"];

/** A training-type code as a list row gives it, sub-types (C0061S 구직자, C0054G …) as their type. */
export function trainingTypeOf(code: string): TrainingTypeCode | null {
  const type = code.trim().slice(0, 5);
  return Object.hasOwn(trainingTypes, type) ? (type as TrainingTypeCode) : null;
}

// K-디지털 트레이닝 (첨단산업·디지털 핵심 실무인재 양성훈련) is C0104 alone; 기초역량 (C0105) is its
// own programme, paid through the card.
const kdt = new Set<TrainingTypeCode>(["C0104"]);

// NCS 대분류 (the first two digits of an NCS code): the course's field.
const ncsFields: Record<string, string> = {
  "01": "사업관리",
  "02": "경영·회계·사무",
  "03": "금융·보험",
  "04": "교육·자연·사회과학",
  "05": "법률·경찰·소방·교도·국방",
  "06": "보건·의료",
  "07": "사회복지·종교",
  "08": "문화·예술·디자인·방송",
  "09": "운전·운송",
  "10": "영업판매",
  "11": "경비·청소",
  "12": "이용·숙박·여행·오락·스포츠",
  "13": "음식서비스",
  "14": "건설",
  "15": "기계",
  "16": "재료",
  "17": "화학·바이오",
  "18": "섬유·의복",
  "19": "전기·전자",
  "20": "정보통신",
  "21": "식품가공",
  "22": "인쇄·목재·가구·공예",
  "23": "환경·에너지·안전",
  "24": "농림어업",
};

const schedules = { "1": "weekend", "2": "mixed", "3": "weekday" } as const;
const employmentCodes = {
  A: "planned",
  B: "in_progress",
  C: "not_surveyed",
  D: "no_graduates",
} as const;

/** An employment rate field: a percentage, or a status code A–D. */
export function employmentOf(value: string | undefined) {
  const trimmed = (value ?? "").trim();
  if (trimmed in employmentCodes)
    return { rate: null, status: employmentCodes[trimmed as keyof typeof employmentCodes] };
  const rate = Number(trimmed.replace(/%$/, ""));
  return trimmed !== "" && Number.isFinite(rate) && rate >= 0 && rate <= 100
    ? { rate, status: null }
    : { rate: null, status: null };
}

/** 고용24's front page: where a course without its own page is looked up. */
export const WORK24_HOME = "https://www.work24.go.kr";

/** The round's own page on 고용24: the list's link when it gives one, else built from its ids. */
export function coursePageUrl(round: RawRound) {
  const link = webAddress(round.titleLink);
  if (link) return link;
  const query = new URLSearchParams({
    tracseId: round.trprId,
    tracseTme: round.trprDegr,
    ...(round.trainstCstId && { trainstCstmrId: round.trainstCstId }),
  });
  return `${WORK24_HOME}/hr/a/a/3100/selectTracseDetl.do?${query}`;
}

export function roundExternalId(round: Pick<RawRound, "trprId" | "trprDegr">) {
  return `w24-${round.trprId}-${round.trprDegr}`.replace(/[^A-Za-z0-9_-]/g, "_");
}

/** One 고용24 round as the portal's course record, or why it cannot be one. */
export function mapRound(
  round: RawRound,
  type: TrainingTypeCode,
  detail: RawDetail | null,
  outcome: RawOutcome | null,
): MappedCourse {
  const address = [detail?.addr1, detail?.addr2].filter(Boolean).join(" ") || round.address || null;
  const startDate = officialDate(round.traStartDate);
  const endDate = officialDate(round.traEndDate);
  if (!startDate)
    return { ok: false, reason: `traStartDate(개강일)가 날짜가 아닙니다: ${round.traStartDate}` };
  if (!endDate)
    return { ok: false, reason: `traEndDate(종강일)가 날짜가 아닙니다: ${round.traEndDate}` };
  const totalHours = officialMoney(detail?.trtm);
  if (totalHours === null) return { ok: false, reason: "총 훈련시간(trtm)이 없습니다" };
  const district = districtOf(address ?? "", round.trngAreaCd);
  if (!district)
    return { ok: false, reason: `인천의 군·구를 알 수 없습니다: ${address ?? "주소 없음"}` };
  const employment = employmentOf(outcome?.eiEmplRate6 ?? round.eiEmplRate6);
  const tuition = officialMoney(round.courseMan);
  const support = officialMoney(detail?.perTrco);
  const selfPayment =
    officialMoney(detail?.tgcrGnrlTrneOwepAllt) ??
    (tuition !== null && support !== null ? Math.max(tuition - support, 0) : null);
  const parsed = courseRecordSchema.safeParse(
    {
      externalId: roundExternalId(round),
      title: plainText(round.title),
      provider: plainText(round.subTitle),
      trainingType: trainingTypes[type],
      field: ncsFields[(round.ncsCd ?? "").slice(0, 2)] ?? "기타",
      ncsCode: round.ncsCd || null,
      district,
      address,
      startDate,
      endDate,
      totalHours,
      capacity: officialMoney(round.yardMan) ?? undefined,
      // regCourseMan counts applicants, who may pass the capacity; 고용24 gives no participants.
      enrolled: null,
      applicants: officialMoney(round.regCourseMan),
      tuition,
      subsidyPerHour: null,
      cardEligible: true,
      schedule: schedules[round.wkendSe as keyof typeof schedules] ?? null,
      employmentRate: employment.rate,
      employmentStatus: employment.status,
      year: Number(startDate.slice(0, 4)),
      description: plainText(round.contents),
      url: coursePageUrl(round),
      tags: [kdt.has(type) ? fundingTags.kdt : fundingTags.card],
      isSample: false,
    },
    koreanIssues,
  );
  if (!parsed.success) return { ok: false, reason: rejectionReason(parsed.error) };
  return {
    ok: true,
    record: {
      ...parsed.data,
      selfPayment,
      contact: detail?.trprChapTel || round.telNo || null,
    },
  };
}
