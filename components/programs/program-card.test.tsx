import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Program } from "@/lib/db/schema";
import { ProgramCard } from "./program-card";

// Public links prefetch through the app router (components/navigation/link.tsx); a static
// render has none.
vi.mock("next/navigation", () => ({ useRouter: () => ({ prefetch() {} }) }));

const program = {
  externalId: "national-learning-card",
  title: "국민내일배움카드",
  agency: "고용노동부",
  category: "고용·훈련",
  targetGroups: ["구직자"],
  summary: "훈련비를 지원합니다.",
  maxAmountKrw: null,
  applyStart: null,
  applyEnd: null,
  applyLater: false,
  periodInNotice: false,
  periodKind: "application",
  periodNote: "계좌 발급일부터 5년간 사용",
  closedAt: null,
  isSample: false,
} as unknown as Program;

/** The card's facts as "term: detail" pairs. */
const facts = (p: Program) =>
  [
    ...renderToStaticMarkup(<ProgramCard program={p} today="2026-12-01" />).matchAll(
      /<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g,
    ),
  ].map(([, term, detail]) => `${term}: ${detail}`);

describe("a program card", () => {
  it("gives a deadline, 상시, 추후 공지 or 공고문 참조 under 신청 기한, never the source's note on the period", () => {
    expect(facts(program)).toEqual(["신청 기한: 상시"]);
    expect(facts({ ...program, applyEnd: "2026-12-24" })).toEqual([
      "신청 기한: 2026년 12월 24일까지",
    ]);
    expect(facts({ ...program, applyLater: true })).toEqual(["신청 기한: 추후 공지"]);
    expect(facts({ ...program, periodInNotice: true, periodNote: "세부사업별 상이" })).toEqual([
      "신청 기한: 공고문 참조",
    ]);
  });

  it("says when a program not yet open opens, with its deadline", () => {
    expect(facts({ ...program, applyStart: "2026-12-10", applyEnd: "2026-12-24" })).toEqual([
      "신청 기간: 2026년 12월 10일부터 2026년 12월 24일까지",
    ]);
    expect(facts({ ...program, applyStart: "2026-12-10" })).toEqual([
      "신청 기간: 2026년 12월 10일부터",
    ]);
    // Taken off by its source before it opened: 마감 on its badge, so no opening date.
    expect(
      facts({
        ...program,
        applyStart: "2026-12-10",
        applyEnd: "2026-12-24",
        closedAt: new Date("2026-11-30T00:00:00Z"),
      }),
    ).toEqual(["신청 기한: 2026년 12월 24일까지"]);
    // Open since then: the deadline is what counts.
    expect(facts({ ...program, applyStart: "2026-11-10", applyEnd: "2026-12-24" })).toEqual([
      "신청 기한: 2026년 12월 24일까지",
    ]);
  });

  it("calls a plan's end its 사업 기간, not a deadline", () => {
    expect(facts({ ...program, periodKind: "operation", applyEnd: "2024-12-31" })).toEqual([
      "사업 기간: 2024년 12월 31일까지",
    ]);
  });
});
