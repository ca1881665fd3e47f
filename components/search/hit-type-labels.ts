import type { SearchHitType } from "@/lib/search/hits";

export const hitTypeLabels: Record<SearchHitType, string> = {
  course: "훈련과정",
  program: "지원사업",
  article: "기사",
};
