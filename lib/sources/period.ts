import { cropText } from "./html-text";
import { officialDate } from "./http";

// Application periods as the official program sources write them: a date range in either date
// format, or words. Words are kept as the period's text with the status they imply.

export type ApplicationPeriod = {
  applyStart: string | null;
  applyEnd: string | null;
  /** The start is still to be announced (추후 공지): 접수예정. */
  applyLater: boolean;
  /** The period is given only in the notice (세부사업별 상이, 공고문 참조): 공고 참조. */
  periodInNotice: boolean;
  periodNote: string | null;
};

// 매월·매년: a round every month or year, so no one deadline. "… 시까지" (사업 종료 시까지) is open
// until something happens, as is "… 시 마감" (목표 인원 달성 시 마감).
const openEnded =
  /상시|연중|수시|소진|완료\s*시|마감\s*시|시\s*마감|[시때]\s*까지|선착순|매월|매년|매주|분기/;
const announcedLater = /추후|미정|별도\s*(공지|안내)|공고\s*예정/;
const givenInNotice = /상이|참조|참고|확인|공고문/;
// The period is over: the whole text says so (접수 마감, 모집 종료됨), not a word within a longer
// one (모집 완료 후 종료, read as 공고 참조 below).
const ended = /^(접수|모집|신청|공고|사업)?\s*(마감|종료|완료|끝남)(됨|되었습니다|되었음)?\.?$/;

const undated = { applyStart: null, applyEnd: null, applyLater: false, periodInNotice: false };

const DATE = /\d{4}[-.]?\d{2}[-.]?\d{2}/g;

/** A period, or why it cannot be used (the row is then rejected with that reason). */
export function applicationPeriod(
  field: string,
  text: string | undefined,
): ApplicationPeriod | { error: string; ended?: true } {
  const value = (text ?? "").replace(/\s+/g, " ").trim();
  if (!value) return { ...undated, periodNote: "상시" };
  const found = value.match(DATE) ?? [];
  if (found.length > 0) {
    const dates = found.slice(0, 2).map(officialDate);
    if (dates.some((date) => date === null))
      return { error: `${field}에 없는 날짜가 있습니다: ${value}` };
    // "~ 2026-08-31" or "2026-08-31(월) 18:00까지" alone is a deadline; "2026-08-01 ~" or one
    // date alone, a start.
    const at = value.search(DATE);
    const deadlineOnly =
      dates.length === 1 &&
      (/~\s*$/.test(value.slice(0, at)) ||
        /^\s*(\([^)]*\))?\s*(\d{1,2}:\d{2})?\s*(까지|마감)/.test(
          value.slice(at + found[0]!.length),
        ));
    const [applyStart, applyEnd] = deadlineOnly ? [null, dates[0]!] : [dates[0]!, dates[1] ?? null];
    if (applyStart && applyEnd && applyEnd < applyStart)
      return { error: `${field}의 끝이 시작보다 앞섭니다: ${value}` };
    // Words beside the dates (시간, 예산 소진 시 조기 마감 …) stay as the period's text.
    const words = value.replace(DATE, "").replace(/[~\s\-().:0-9]/g, "");
    return { ...undated, applyStart, applyEnd, periodNote: words ? value : null };
  }
  if (announcedLater.test(value)) return { ...undated, applyLater: true, periodNote: value };
  if (openEnded.test(value)) return { ...undated, periodNote: value };
  if (givenInNotice.test(value)) return { ...undated, periodInNotice: true, periodNote: value };
  if (ended.test(value))
    return { error: `${field}에 따르면 접수가 끝났습니다: ${value}`, ended: true };
  // Words the portal cannot read as dates ("3월 중", "하반기"): shown as the source wrote them,
  // under 공고 참조, rather than leaving the program out.
  return { ...undated, periodInNotice: true, periodNote: value };
}

/** A period as a program record's fields. */
export function periodFields(period: ApplicationPeriod) {
  const { applyStart, applyEnd, applyLater, periodInNotice, periodNote } = period;
  return {
    applyStart,
    applyEnd,
    periodNote: periodNote && cropText(periodNote, 300),
    applyLater,
    periodInNotice,
  };
}
