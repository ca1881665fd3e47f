import { createEvent, createEvents, type DateArray, type EventAttributes } from "ics";
import type { Program } from "@/lib/db/schema";
import { addDays } from "@/lib/dates/dates";
import { hasApplicationDeadline } from "./derive";

function dateArray(isoDate: string): DateArray {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

type DeadlineProgram = Pick<
  Program,
  "externalId" | "title" | "agency" | "applyEnd" | "howToApply" | "periodKind"
>;

/**
 * An all-day iCalendar event on a program's last application day, with a reminder three days
 * before. A plan's or pilot's end is no application deadline: it has none.
 */
function deadlineAttributes(program: DeadlineProgram, pageUrl: string): EventAttributes | null {
  if (!hasApplicationDeadline(program)) return null;
  return {
    uid: `program-${program.externalId}-deadline@incheon-portal`,
    title: `[신청 마감] ${program.title}`,
    description: `${program.agency} · ${program.howToApply}\n${pageUrl}`,
    url: pageUrl,
    start: dateArray(program.applyEnd),
    end: dateArray(addDays(program.applyEnd, 1)),
    alarms: [
      {
        action: "display",
        description: `${program.title} 신청 마감 3일 전`,
        // Three days as hours: ics 3.12 writes { days: 3 } as "-P3DT", which RFC 5545 does
        // not allow, and a strict calendar drops the reminder.
        trigger: { hours: 72, before: true },
      },
    ],
    productId: "incheon-portal",
    calName: "인천 경제·일자리 포털",
  };
}

export function deadlineEvent(program: DeadlineProgram, pageUrl: string) {
  const attributes = deadlineAttributes(program, pageUrl);
  if (!attributes) return null;
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("calendar event could not be created");
  return value;
}

/** One calendar holding the deadline of each program that has one (a subscribed search). */
export function deadlinesCalendar(
  programs: DeadlineProgram[],
  pageUrl: (program: { externalId: string }) => string,
  name: string,
) {
  const events = programs.flatMap((program) => {
    const attributes = deadlineAttributes(program, pageUrl(program));
    return attributes ? [{ ...attributes, calName: name }] : [];
  });
  const { error, value } = createEvents(events, { calName: name, productId: "incheon-portal" });
  if (error || !value) throw error ?? new Error("calendar could not be created");
  return value;
}
