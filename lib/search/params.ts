import { z } from "zod";
import { MAX_TOTAL_HITS } from "./indexes";
import { MAX_QUERY_LENGTH } from "./query-length";

// Query parameters declared once per list, read two ways: strictly by the JSON API (an unknown
// name or a bad value is a 400 naming it) and leniently by pages (a bad value is dropped, so an
// old or hand-edited link still shows a page).

/** `lenient`, when given, is how a page reads the value instead of dropping what `schema` refuses. */
export type ParamSpec = { schema: z.ZodType; lenient?: z.ZodType; multi?: boolean };
export type ParamSpecs = Record<string, ParamSpec>;

export type ParsedParams<S extends ParamSpecs> = {
  [K in keyof S]: S[K]["multi"] extends true
    ? z.output<S[K]["schema"]>[]
    : z.output<S[K]["schema"]> | undefined;
};

export type ParseResult<S extends ParamSpecs> =
  { ok: true; params: ParsedParams<S> } | { ok: false; error: string };

export const MAX_VALUES_PER_PARAM = 20;

export function parseParams<S extends ParamSpecs>(
  raw: URLSearchParams,
  specs: S,
  mode: "strict" | "lenient",
): ParseResult<S> {
  const params: Record<string, unknown> = {};
  if (mode === "strict") {
    // Own keys only: `in` would accept __proto__, constructor or toString as parameter names.
    const unknown = [...new Set(raw.keys())].filter((key) => !Object.hasOwn(specs, key));
    if (unknown.length > 0) return { ok: false, error: `unknown parameter: ${unknown.join(", ")}` };
  }
  for (const [name, spec] of Object.entries(specs)) {
    const values = raw.getAll(name).filter((value) => value !== "");
    if (!spec.multi && values.length > 1 && mode === "strict") {
      return { ok: false, error: `parameter given more than once: ${name}` };
    }
    if (values.length > MAX_VALUES_PER_PARAM && mode === "strict") {
      return { ok: false, error: `${name}: at most ${MAX_VALUES_PER_PARAM} values` };
    }
    const parsed: unknown[] = [];
    for (const value of (spec.multi ? values : values.slice(0, 1)).slice(0, MAX_VALUES_PER_PARAM)) {
      const result = (mode === "lenient" && spec.lenient ? spec.lenient : spec.schema).safeParse(
        value,
      );
      if (result.success) parsed.push(result.data);
      else if (mode === "strict")
        return { ok: false, error: `${name}: ${result.error.issues[0]!.message}` };
    }
    params[name] = spec.multi ? [...new Set(parsed)] : parsed[0];
  }
  return { ok: true, params: params as ParsedParams<S> };
}

/** Next's searchParams object as URLSearchParams. */
export function toSearchParams(params: Record<string, string | string[] | undefined>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      search.append(key, v);
  }
  return search;
}

// A query of signs alone (%, _, -) has nothing Meilisearch can search for: it would answer every
// record as "‘%’ 검색 결과 3,214개". It is read as no query, so the list says what it shows.
export const queryParam = z
  .string()
  .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
  .transform((q) => (/[\p{L}\p{N}]/u.test(q) ? q.trim().replace(/\s+/g, " ") : ""));

/** A page searches the first 100 characters of a longer query rather than none of it. */
export const queryParamSpec = {
  schema: queryParam,
  lenient: z
    .string()
    .transform((q) => q.slice(0, MAX_QUERY_LENGTH))
    .pipe(queryParam),
} satisfies ParamSpec;

/**
 * A whole number written in decimal digits: Number() would also read 0x10, 1e1, " 7" or "".
 * A minus sign is read, so a negative value gets the range message rather than a format one.
 */
export function wholeNumberParam(min: number, max: number) {
  return z
    .string()
    .regex(/^-?\d{1,9}$/, "must be a whole number in decimal digits")
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, min === 0 ? "must be 0 이상 (0 or more)" : `must be at least ${min}`)
        .max(max, `must be at most ${max}`),
    );
}

// Any page that could hold a hit Meilisearch counts (pages of one); a page past the last result
// is answered empty and the page says so (components/ui/pagination.tsx).
export const pageParam = wholeNumberParam(1, MAX_TOTAL_HITS);

export const pageSizeParam = wholeNumberParam(1, 50);

/** A facet value such as a field or provider name: printable text, no control characters. */
export const facetValueParam = z
  .string()
  .max(60, "must be at most 60 characters")
  .regex(/^[^\p{Cc}]+$/u, "must be plain text");

export const isoDateParam = z.iso.date("must be a date (YYYY-MM-DD)");
