/** A positive integer id from a URL segment, or null for anything else. */
export function parseId(value: string | undefined) {
  return value && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;
}
