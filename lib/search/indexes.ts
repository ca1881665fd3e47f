import type { Settings } from "meilisearch";
import type { SearchEntity } from "@/lib/db/schema";

/**
 * How far a search counts and pages: a catalog of thousands of rounds must say how many it has
 * (at Meilisearch's default of 1,000 the demo catalog's 3,214 courses showed as 1,000).
 */
export const MAX_TOTAL_HITS = 10_000;

/** How many values of one facet a search returns, most frequent first. */
export const MAX_FACET_VALUES = 100;

// Words residents use interchangeably. Meilisearch applies a synonym group in both directions.
const synonymGroups: string[][] = [
  ["AI", "인공지능", "에이아이"],
  ["스마트팩토리", "스마트공장", "smart factory"],
  ["빅데이터", "big data", "bigdata"],
  ["VR", "가상현실"],
  ["AR", "증강현실"],
  ["내일배움카드", "국민내일배움카드"],
  ["KDT", "K-디지털 트레이닝", "K디지털트레이닝", "케이디지털트레이닝"],
  ["파이썬", "python"],
  ["자바", "java"],
  ["로봇", "robot"],
  ["반도체", "semiconductor"],
  ["월세", "임대료"],
  ["스타트업", "창업기업", "창업"],
];

export function synonymsFromGroups(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) {
      const others = group.filter((w) => w !== word);
      synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...others])];
    }
  }
  return synonyms;
}

// Text is segmented as Korean; `initials` holds Latin-encoded 초성 words (lib/search/korean.ts)
// and must be segmented as Latin, exactly, without typos.
function korean(attributes: string[]): Settings["localizedAttributes"] {
  return [{ attributePatterns: attributes, locales: ["kor"] }];
}

const shared: Settings = {
  synonyms: synonymsFromGroups(synonymGroups),
  // Korean words are short: 스마트팩토리 is six characters, 청년 two. The default (5 / 9) would
  // leave most Korean words without typo tolerance.
  typoTolerance: {
    minWordSizeForTypos: { oneTypo: 3, twoTypos: 6 },
    disableOnAttributes: ["initials"],
  },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  // The most frequent values of a facet, not the first hundred in alphabetical order (the
  // default), which at real size would hide most providers; lib/catalog/sql.ts counts alike.
  faceting: { maxValuesPerFacet: MAX_FACET_VALUES, sortFacetValuesBy: { "*": "count" } },
};

/** The index of each searchable entity. */
export const indexEntities = {
  courses: "course",
  programs: "program",
  articles: "article",
} as const satisfies Record<string, SearchEntity>;

export type IndexName = keyof typeof indexEntities;

export const indexNames = Object.keys(indexEntities) as IndexName[];

export function indexForEntity(entity: SearchEntity): IndexName {
  return indexNames.find((name) => indexEntities[name] === entity)!;
}

/**
 * The settings of every index. Each catalog derives its own from its spec
 * (lib/catalog/index-settings.ts) and hands them to the sync, which applies them.
 */
export type IndexSettings = Record<IndexName, Settings>;

// Meilisearch's own relevance rules, in its default order.
const relevanceRules = ["words", "typo", "proximity", "attribute", "sort", "exactness"];

/** An index's whole settings, from the attributes its catalog searches, filters and sorts on. */
export function searchIndexSettings(attributes: {
  /** Searched as Korean text, in ranking order. */
  searchable: string[];
  filterable: string[];
  sortable: string[];
  /**
   * How documents that rank alike are ordered, after every relevance rule, or none (the order
   * they were indexed in). Custom rules do not enter the ranking score, so federated search
   * merges by the same scores; but it refuses indexes whose rules run in opposite directions.
   */
  tieBreak: { attribute: string; desc?: boolean }[];
}): Settings {
  return {
    ...shared,
    rankingRules: [
      ...relevanceRules,
      ...attributes.tieBreak.map(({ attribute, desc }) => `${attribute}:${desc ? "desc" : "asc"}`),
    ],
    localizedAttributes: korean(attributes.searchable),
    searchableAttributes: [...attributes.searchable, "initials"],
    filterableAttributes: attributes.filterable,
    // id last in every order, so Meilisearch and the database break ties alike.
    sortableAttributes: [...attributes.sortable.filter((name) => name !== "id"), "id"],
    displayedAttributes: ["*"],
  };
}
