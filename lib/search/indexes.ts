import type { Settings } from "meilisearch";
import type { SearchEntity } from "@/lib/db/schema";

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
  // Totals are counted up to this: a catalog of thousands of rounds must say how many it has
  // (at 1,000 the demo catalog's 3,214 courses showed as 1,000).
  pagination: { maxTotalHits: 10_000 },
  // The most frequent values of a facet, not the first hundred in alphabetical order (the
  // default), which at real size would hide most providers; lib/catalog/sql.ts counts alike.
  faceting: { maxValuesPerFacet: MAX_FACET_VALUES, sortFacetValuesBy: { "*": "count" } },
};

const courseText = [
  "title",
  "tags",
  "field",
  "provider",
  "trainingType",
  "districtNames",
  "description",
];
const programText = [
  "title",
  "tags",
  "targetGroups",
  "agency",
  "category",
  "summary",
  "eligibility",
  "benefit",
];
const articleText = ["title", "tags", "summary", "category", "body"];

/** The one declaration of every public index; applied by code at start-up and by the reindex. */
export const indexDefinitions = {
  courses: {
    entity: "course",
    settings: {
      ...shared,
      localizedAttributes: korean(courseText),
      searchableAttributes: [...courseText, "initials"],
      filterableAttributes: [
        "field",
        "trainingType",
        "district",
        "provider",
        "cardEligible",
        "schedule",
        "year",
        "startDay",
        "endDay",
        "totalHours",
        "isSample",
        "closed",
        "tags",
      ],
      // id last in every order, so Meilisearch and the database break ties alike.
      sortableAttributes: [
        "startDay",
        "employmentRate",
        "totalHours",
        "fillRate",
        "updatedAt",
        "title",
        "id",
      ],
      displayedAttributes: ["*"],
    },
  },
  programs: {
    entity: "program",
    settings: {
      ...shared,
      localizedAttributes: korean(programText),
      searchableAttributes: [...programText, "initials"],
      filterableAttributes: [
        "agency",
        "category",
        "targetGroups",
        "eligibleAreas",
        "applyStartDay",
        "applyEndDay",
        "applyLater",
        "closed",
        "tags",
      ],
      sortableAttributes: ["applyStartDay", "applyEndDay", "updatedAt", "title", "id"],
      displayedAttributes: ["*"],
    },
  },
  articles: {
    entity: "article",
    settings: {
      ...shared,
      localizedAttributes: korean(articleText),
      searchableAttributes: [...articleText, "initials"],
      filterableAttributes: ["issueSlug", "section", "category", "tags"],
      sortableAttributes: ["publishedAt", "issueSlug", "issueOrder", "id"],
      displayedAttributes: ["*"],
    },
  },
} as const satisfies Record<string, { entity: SearchEntity; settings: Settings }>;

export type IndexName = keyof typeof indexDefinitions;

export const indexNames = Object.keys(indexDefinitions) as IndexName[];

export function indexForEntity(entity: SearchEntity): IndexName {
  return indexNames.find((name) => indexDefinitions[name].entity === entity)!;
}
