import { catalogEntityLabels } from "@/lib/catalog/entities";
import type { SearchHitType } from "@/lib/search/hits";

export const hitTypeLabels: Record<SearchHitType, string> = {
  ...catalogEntityLabels,
  article: "기사",
};
