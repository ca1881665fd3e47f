/** A positive integer id from a URL segment, or null for anything else. */
export function parseId(value: string | undefined) {
  return value && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;
}

/** The first value of a search parameter that may be repeated (`?a=1&a=2`). */
export function firstValue(value: unknown) {
  return Array.isArray(value) ? value[0] : value;
}
