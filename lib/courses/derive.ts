import type { Course } from "@/lib/db/schema";
import { daysBetween } from "@/lib/dates/dates";

// Derived from stored fields on every read, never stored, so they cannot drift from the dates.
export type RecruitmentStatus = "recruiting" | "in_progress" | "ended" | "unknown";

export const recruitmentStatusLabels: Record<RecruitmentStatus, string> = {
  recruiting: "모집중",
  in_progress: "진행중",
  ended: "종료",
  unknown: "일정 미정",
};

export function recruitmentStatus(
  course: Pick<Course, "startDate" | "endDate">,
  today: string,
): RecruitmentStatus {
  if (!course.startDate) return "unknown";
  if (today < course.startDate) return "recruiting";
  if (!course.endDate || today <= course.endDate) return "in_progress";
  return "ended";
}

/** Enrolment as a share of capacity, in percent, or null when enrolment is unknown. */
export function fillRate(course: Pick<Course, "capacity" | "enrolled">): number | null {
  if (course.enrolled === null || course.capacity <= 0) return null;
  return (course.enrolled / course.capacity) * 100;
}

export const employmentStatusLabels = {
  planned: "개설예정 과정이라 아직 취업률이 없습니다",
  in_progress: "훈련이 진행 중이라 취업률이 집계되지 않았습니다",
  not_surveyed: "취업률 조사를 실시하지 않았습니다",
  no_graduates: "수료자가 없어 취업률을 산출할 수 없습니다",
} as const;

export function durationDays(course: Pick<Course, "startDate" | "endDate">): number | null {
  if (!course.startDate || !course.endDate) return null;
  return daysBetween(course.startDate, course.endDate) + 1;
}

/** 훈련비, the government's share (시간당 지원 × 시간, at most the fee) and what the trainee pays. */
export function costBreakdown(course: Pick<Course, "tuition" | "subsidyPerHour" | "totalHours">) {
  if (course.tuition === null) return null;
  const government =
    course.subsidyPerHour === null
      ? null
      : Math.min(course.tuition, course.subsidyPerHour * course.totalHours);
  return {
    tuition: course.tuition,
    government,
    selfPay: government === null ? null : course.tuition - government,
  };
}
