import type { Program } from "@/lib/db/schema";
import { daysBetween, formatDate } from "@/lib/dates/dates";
import type { ProgramPeriodKind } from "./enums";

export type ApplicationStatus = "open" | "upcoming" | "closed" | "always" | "notice";

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  open: "접수중",
  upcoming: "접수예정",
  closed: "마감",
  always: "상시",
  notice: "공고 참조",
};

// A plan or pilot's dates bound the programme, not an application: it is 시행 중 and then 종료.
const operationStatusLabels: Record<ApplicationStatus, string> = {
  open: "시행 중",
  upcoming: "시행 예정",
  closed: "종료",
  always: "상시",
  notice: "공고 참조",
};

type ProgramDates = Pick<Program, "applyStart" | "applyEnd"> & {
  applyLater?: boolean;
  periodInNotice?: boolean;
  closedAt?: Date | null;
  periodKind?: ProgramPeriodKind;
};

/** The word for a program's status in its own terms (접수중·마감, or 시행 중·종료). */
export function applicationStatusLabel(program: ProgramDates, status: ApplicationStatus) {
  return (program.periodKind === "operation" ? operationStatusLabels : applicationStatusLabels)[
    status
  ];
}

/**
 * Where a program's application stands today. One its source no longer lists is 마감 whatever
 * its dates; one whose start the source will announce later (추후 공지) is 접수예정; one whose
 * source gives the period only in the notice (세부사업별 상이) is 공고 참조.
 */
export function applicationStatus(program: ProgramDates, today: string): ApplicationStatus {
  if (program.closedAt) return "closed";
  if (program.periodInNotice) return "notice";
  if (program.applyLater || (program.applyStart && today < program.applyStart)) return "upcoming";
  if (!program.applyEnd) return "always";
  return today <= program.applyEnd ? "open" : "closed";
}

/**
 * The period as a card or a check's result states it: a deadline, 상시, 추후 공지, 공고문 참조,
 * or, before it opens, when it opens. Never the source's note on the period (계좌 발급일부터
 * 5년간…), which is no deadline; the program's page shows that in full.
 */
export function periodLine(program: ProgramDates, today: string) {
  const operation = program.periodKind === "operation";
  const label = operation ? "사업 기간" : "신청 기한";
  if (program.applyLater) return { label, value: "추후 공지" };
  if (program.periodInNotice) return { label, value: "공고문 참조" };
  const until = program.applyEnd ? `${formatDate(program.applyEnd)}까지` : null;
  // Not yet begun (and not closed by its source meanwhile): when it begins comes first.
  if (program.applyStart && applicationStatus(program, today) === "upcoming")
    return {
      label: operation ? label : "신청 기간",
      value: `${formatDate(program.applyStart)}부터${until ? ` ${until}` : ""}`,
    };
  return { label, value: until ?? "상시" };
}

/** Whether a program has an application deadline: a plan's or pilot's end is none. */
export function hasApplicationDeadline<
  P extends { applyEnd: string | null; periodKind?: ProgramPeriodKind },
>(program: P): program is P & { applyEnd: string } {
  return program.applyEnd !== null && program.periodKind !== "operation";
}

/** Days left until the deadline (0 on the last day), or null when there is no open deadline. */
export function daysLeft(program: ProgramDates, today: string) {
  if (!hasApplicationDeadline(program) || applicationStatus(program, today) !== "open") return null;
  return daysBetween(today, program.applyEnd);
}

export function dDayLabel(days: number) {
  return days === 0 ? "D-Day" : `D-${days}`;
}
