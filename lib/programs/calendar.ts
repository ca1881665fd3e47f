import { createEvent, type DateArray } from "ics";
import type { Program } from "@/lib/db/schema";
import { addDays } from "@/lib/dates/dates";

function dateArray(isoDate: string): DateArray {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

/** An all-day iCalendar event on a program's last application day, with a reminder three days before. */
export function deadlineEvent(
  program: Pick<Program, "externalId" | "title" | "agency" | "applyEnd" | "howToApply">,
  pageUrl: string,
) {
  if (!program.applyEnd) return null;
  const { error, value } = createEvent({
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
        trigger: { days: 3, before: true },
      },
    ],
    productId: "incheon-portal",
    calName: "인천 경제·일자리 포털",
  });
  if (error || !value) throw error ?? new Error("calendar event could not be created");
  return value;
}
