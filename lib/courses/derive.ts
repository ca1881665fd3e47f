import type { Course } from "@/lib/db/schema";
import { daysBetween } from "@/lib/dates/dates";
import { formatKrw, formatPercent } from "@/lib/format/format";
import type { EmploymentStatus } from "./enums";

// Derived from stored fields on every read, never stored, so they cannot drift from the dates.
export type RecruitmentStatus = "recruiting" | "in_progress" | "ended" | "unknown";

export const recruitmentStatusLabels: Record<RecruitmentStatus, string> = {
  recruiting: "모집중",
  in_progress: "진행중",
  ended: "종료",
  unknown: "일정 미정",
};

/** A round its source no longer lists (cancelled) has ended, whatever its dates say. */
export function recruitmentStatus(
  course: Pick<Course, "startDate" | "endDate"> & { closedAt?: Date | null },
  today: string,
): RecruitmentStatus {
  if (course.closedAt) return "ended";
  if (!course.startDate) return "unknown";
  if (today < course.startDate) return "recruiting";
  if (!course.endDate || today <= course.endDate) return "in_progress";
  return "ended";
}

/** Whether a round may still take applicants: not once it has started, nor after it ended. */
export const takesApplicants = (status: RecruitmentStatus) =>
  status !== "in_progress" && status !== "ended";

/** Enrolment as a share of capacity, in percent, or null when enrolment is unknown. */
export function fillRate(course: Pick<Course, "capacity" | "enrolled">): number | null {
  if (course.enrolled === null || course.capacity <= 0) return null;
  return (course.enrolled / course.capacity) * 100;
}

/**
 * Capacity with who took part (the bulletin's rounds) or who applied (고용24's), in one line:
 * the two are different numbers and never stand for each other.
 */
export function headcountText(course: Pick<Course, "capacity" | "enrolled" | "applicants">) {
  const rate = fillRate(course);
  if (rate !== null)
    return `정원 ${course.capacity}명 중 ${course.enrolled}명 참여 (정원충족률 ${formatPercent(rate)})`;
  if (course.applicants !== null) return `정원 ${course.capacity}명 · 신청 ${course.applicants}명`;
  return `정원 ${course.capacity}명`;
}

// Why a course has no rate, as a sentence (enums.ts has the statuses' short labels).
const noRateReasons: Record<EmploymentStatus, string> = {
  planned: "개설예정 과정이라 아직 취업률이 없습니다",
  in_progress: "훈련이 진행 중이라 취업률이 집계되지 않았습니다",
  not_surveyed: "취업률 조사를 실시하지 않았습니다",
  no_graduates: "수료자가 없어 취업률을 산출할 수 없습니다",
};

/**
 * The employment rate, or in plain Korean why there is none. Whether a course has yet to start
 * or is still running comes from its dates, so the reason cannot go stale; only 미실시 and
 * 수료자 없음 are facts an editor records.
 */
export function employmentRateText(
  course: Pick<Course, "employmentRate" | "employmentStatus" | "startDate" | "endDate">,
  today: string,
): string {
  if (course.employmentRate !== null) return formatPercent(course.employmentRate, 1);
  const status = recruitmentStatus(course, today);
  if (status === "recruiting") return noRateReasons.planned;
  if (status === "in_progress") return noRateReasons.in_progress;
  const recorded = course.employmentStatus;
  if (recorded === "not_surveyed" || recorded === "no_graduates") {
    return noRateReasons[recorded];
  }
  if (status === "unknown" && recorded) return noRateReasons[recorded];
  if (status === "ended") return "훈련은 끝났지만 취업률이 아직 공개되지 않았습니다";
  return "이 과정의 취업률은 아직 공개되지 않았습니다";
}

export function durationDays(course: Pick<Course, "startDate" | "endDate">): number | null {
  if (!course.startDate || !course.endDate) return null;
  return daysBetween(course.startDate, course.endDate) + 1;
}

/**
 * 훈련비, the government's share and what the trainee pays, however the record states them: 고용24
 * gives the fee and 자부담 (the share is their difference); the bulletin's samples give the fee
 * and 시간당 지원 (the share is that times the hours, at most the fee). Null when neither the fee
 * nor 자부담 is known. Every view of a course's cost (card, compare, page) reads this.
 */
export function costBreakdown(
  course: Pick<Course, "tuition" | "subsidyPerHour" | "totalHours" | "selfPayment">,
) {
  const { tuition, selfPayment, subsidyPerHour } = course;
  if (tuition === null && selfPayment === null) return null;
  if (selfPayment !== null)
    return {
      tuition,
      government: tuition === null ? null : Math.max(tuition - selfPayment, 0),
      selfPay: selfPayment,
      perHour: null,
    };
  const government =
    subsidyPerHour === null ? null : Math.min(tuition!, subsidyPerHour * course.totalHours);
  return {
    tuition,
    government,
    selfPay: government === null ? null : tuition! - government,
    perHour: subsidyPerHour,
  };
}

/** 자부담 as a resident reads it: nothing to pay is 무료. */
export function selfPayText(selfPay: number) {
  return selfPay === 0 ? "무료" : formatKrw(selfPay);
}

/**
 * The address as the source gives it, and the 군·구 it is in now when the address still carries
 * an old name (중구 신포로 lies in 제물포구 since 2026-07-01).
 */
export function locationText(course: Pick<Course, "address" | "district">) {
  if (!course.address) return course.district ?? "정보 없음";
  if (!course.district || course.address.includes(course.district)) return course.address;
  return `${course.address} (현재 ${course.district})`;
}
