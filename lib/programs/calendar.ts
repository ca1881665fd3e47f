import { createEvent, createEvents, type DateArray, type EventAttributes } from "ics";
import type { Program } from "@/lib/db/schema";
import { addDays } from "@/lib/dates/dates";
import { hasApplicationDeadline } from "./derive";
import { siteName } from "@/lib/metadata";

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
    calName: siteName,
  };
}

const encoder = new TextEncoder();

/**
 * Folds each content line at 75 octets, as RFC 5545 asks; ics folds at 75 characters, and a
 * Korean character takes three octets, so its lines reached 128. Breaks fall between characters.
 */
function foldAt75Octets(calendar: string) {
  return calendar
    .replace(/\r\n[\t ]/g, "")
    .split("\r\n")
    .map((line) => {
      const parts: string[] = [];
      let part = "";
      let octets = 0;
      for (const character of line) {
        const size = encoder.encode(character).length;
        // A continuation line starts with a space, which counts.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = "";
          octets = 0;
        }
        part += character;
        octets += size;
      }
      parts.push(part);
      return parts.join("\r\n ");
    })
    .join("\r\n");
}

export function deadlineEvent(program: DeadlineProgram, pageUrl: string) {
  const attributes = deadlineAttributes(program, pageUrl);
  if (!attributes) return null;
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("calendar event could not be created");
  return foldAt75Octets(value);
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
  return foldAt75Octets(value);
}
