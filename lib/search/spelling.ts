import "server-only";
import { indexUid } from "./client";
import type { IndexName } from "./indexes";
import { hangulFromLatinKeys } from "./korean";
import { reportFallback, residentSearch } from "./resident";

export type QuerySuggestion = { q: string; count: number; reason: "keyboard" | "spelling" };

const HANGUL_WORD = /^[\uAC00-\uD7A3]{2,}$/;
/** Each checked word asks every index once: a long query's later words are left as typed. */
const MAX_CHECKED_WORDS = 4;

// The typo Korean residents make is one wrong syllable (쳇봇, 반도채, 풀스텍); Meilisearch's
// facet search also completes prefixes with typos (인천 → 인공지능), which is no correction.
function oneSyllableApart(word: string, tag: string) {
  if (!HANGUL_WORD.test(tag) || tag.length !== word.length) return false;
  return [...word].filter((syllable, i) => syllable !== tag[i]).length === 1;
}

/**
 * Each Hangul word of the query that is a typo of a tag replaced by the tag (풀스텍 → 풀스택), or
 * null. Meilisearch's own typo tolerance works on the words its Korean segmenter finds, and a
 * typo can change how an unknown word is split (풀스텍 finds nothing); the tags facet search
 * compares whole words.
 */
async function tagSpelling(q: string, indexes: IndexName[]): Promise<string | null> {
  const words = q.trim().split(/\s+/);
  // Each distinct word once, the first few only.
  const checked = [...new Set(words.filter((word) => HANGUL_WORD.test(word)))].slice(
    0,
    MAX_CHECKED_WORDS,
  );
  const corrections = new Map(
    await Promise.all(
      checked.map(async (word) => [word, await correctedWord(word, indexes)] as const),
    ),
  );
  const suggestion = words.map((word) => corrections.get(word) ?? word).join(" ");
  return suggestion === words.join(" ") ? null : suggestion;
}

/** The tag a Hangul word is one syllable away from, or the word itself. */
async function correctedWord(word: string, indexes: IndexName[]) {
  const answers = await Promise.all(
    indexes.map((name) =>
      residentSearch((client) =>
        client.index(indexUid(name)).searchForFacetValues({ facetName: "tags", facetQuery: word }),
      ),
    ),
  );
  const tags = answers.flatMap((answer) => answer.facetHits);
  if (tags.some((tag) => tag.value === word)) return word;
  const near = tags
    .filter((tag) => oneSyllableApart(word, tag.value))
    .sort((a, b) => b.count - a.count)[0];
  return near?.value ?? word;
}

/**
 * What the resident probably meant, with how many results it finds (counted by `count`): the
 * Hangul that Latin letters spell on a Korean keyboard left in English mode (vkdlTjs → 파이썬),
 * or the tags its misspelled words are close to. Null when there is no other reading, when it
 * finds nothing either, or when Meilisearch cannot answer (the page already says it fell back).
 */
export async function suggestQuery(
  q: string | undefined,
  indexes: IndexName[],
  count: (q: string) => Promise<number>,
  { searchAvailable }: { searchAvailable: boolean },
): Promise<QuerySuggestion | null> {
  if (!q) return null;
  const keyboard = hangulFromLatinKeys(q);
  let candidate: Omit<QuerySuggestion, "count"> | null = keyboard
    ? { q: keyboard, reason: "keyboard" }
    : null;
  if (!candidate && searchAvailable) {
    try {
      const spelled = await tagSpelling(q, indexes);
      if (spelled) candidate = { q: spelled, reason: "spelling" };
    } catch (error) {
      reportFallback("search: no spelling suggestion", error);
    }
  }
  if (!candidate) return null;
  const found = await count(candidate.q);
  return found > 0 ? { ...candidate, count: found } : null;
}
