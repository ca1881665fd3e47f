import { formatNumber } from "@/lib/format/format";
import type { FilterWordCatalog } from "@/lib/catalog/filter-words";
import { hitTypeLabels } from "./hit-type-labels";

/** "‘주말’ 조건으로 훈련과정 보기 (12개)": a catalog that reads the typed words as its filters. */
export function filterWordLinkText({ type, words, total }: Omit<FilterWordCatalog, "url">) {
  return `${words.map((word) => `‘${word}’`).join("·")} 조건으로 ${hitTypeLabels[type]} 보기 (${formatNumber(total)}개)`;
}
