import type { Article } from "@/lib/db/schema";

/** The bulletin's four sections as it prints them. */
export const sectionLabels: Record<Article["section"], string> = {
  issue: "Ⅰ 이슈",
  industry: "Ⅱ 주요 산업 현황",
  policy: "Ⅲ 국내 정책동향",
  appendix: "부록",
};
