import { convertQwertyToHangul } from "es-hangul";

// What Meilisearch does not do for Korean on its own. It segments Hangul with a dictionary and
// handles particles, half-typed syllables and typos when the query is segmented as Korean too
// (the `locales` search parameter), but it has no notion of 초성 (initial consonants), which
// Korean keyboards users type as a shorthand: ㅅㅁㅌㅍㅌㄹ for 스마트팩토리.

const HANGUL_START = 0xac00;
const HANGUL_END = 0xd7a3;
const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
// One Latin letter per initial consonant, so an initials word is an ordinary Latin word in the
// index and Meilisearch's prefix search completes ㅅㅁㅌ (smt) to 스마트팩토리 (smtptr).
const CODES = "gqndfrmbvswojzcktph";

function initialCode(char: string): string | null {
  const code = char.charCodeAt(0);
  if (code >= HANGUL_START && code <= HANGUL_END)
    return CODES[Math.floor((code - HANGUL_START) / 588)]!;
  const jamo = INITIALS.indexOf(char);
  return jamo >= 0 ? CODES[jamo]! : null;
}

/** The initials of every Hangul word in the texts, encoded: "스마트팩토리 과정" → ["smtptr", "gj"]. */
export function initialsOf(...texts: string[]): string[] {
  const words = texts.flatMap((text) => text.split(/[^\p{L}\p{N}]+/u));
  const encoded = words
    .map((word) => [...word].map((char) => initialCode(char) ?? "").join(""))
    .filter((code) => code.length >= 2);
  return [...new Set(encoded)];
}

/** A query made only of initial consonants (ㄱ–ㅎ), such as ㅅㅁㅌㅍㅌㄹ or ㅊㄴ ㅇㅅ. */
export function isInitialsQuery(q: string): boolean {
  const chars = [...q.replace(/\s+/g, "")];
  return chars.length >= 2 && chars.every((char) => INITIALS.includes(char));
}

/**
 * The query without the lone jamo a resident is still typing after a syllable ("청ㄴ" on the way
 * to 청년): searched as a word, ㄴ matches any syllable that starts with it, anywhere in an
 * article's body, and ranks unrelated articles first.
 */
export function withoutSyllableBeingTyped(q: string): string {
  return q.replace(/(?<=[가-힣])[ㄱ-ㅎㅏ-ㅣ]+$/u, "");
}

export function encodeInitialsQuery(q: string): string {
  return q
    .split(/\s+/)
    .map((word) => [...word].map((char) => initialCode(char) ?? "").join(""))
    .filter(Boolean)
    .join(" ");
}

/**
 * What a resident meant when they typed Korean with the keyboard left in English mode
 * (vkdlTjs → 파이썬, cjdsus dnjftp → 청년 월세), or null when the letters do not spell whole
 * Hangul syllables (python, sql).
 */
export function hangulFromLatinKeys(q: string): string | null {
  if (!/^[A-Za-z]+(\s+[A-Za-z]+)*$/.test(q.trim())) return null;
  const hangul = convertQwertyToHangul(q.trim());
  return /^[\uAC00-\uD7A3]+(\s+[\uAC00-\uD7A3]+)*$/.test(hangul) ? hangul : null;
}
