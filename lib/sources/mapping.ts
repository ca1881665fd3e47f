import { createHash } from "node:crypto";
import { z } from "zod";

// Pieces every connector's raw schema and mapping share.

/** An optional field of an official answer: a string (or a number, as XML or JSON may give it), trimmed. */
export const officialValue = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .optional()
  .nullable()
  .transform((value) => value ?? undefined);

/**
 * Zod's own messages in Korean for the rows a source sends: editors read a rejected row's reason
 * on the sources page. Schemas' custom messages (already Korean) still win.
 */
export const koreanIssues = { error: z.locales.ko().localeError };

/** Why a row failed its schema, in one line: the source's field and the message. */
export function rejectionReason(error: z.ZodError) {
  const issue = error.issues[0]!;
  return `${issue.path.join(".")}: ${issue.message}`;
}

/** Keywords given as one comma-separated field, as the portal's tags. */
export function keywordTags(text: string | undefined) {
  return (text ?? "")
    .split(",")
    .map((tag) => tag.trim().slice(0, 40))
    .filter(Boolean)
    .slice(0, 20);
}

/**
 * What a source listed for a record and the version of the mapping that reads it, as a hash: a
 * sync completes the record again when either moves, so a release that maps a field anew (고용24's
 * regCourseMan as applicants) reaches every record held, not only those the source changed.
 */
export function fingerprintOf(listed: unknown, mappingVersion: number) {
  return createHash("sha1")
    .update(JSON.stringify([mappingVersion, listed]))
    .digest("hex");
}

// The official services' own sites answer over https; their data still carries http links.
const httpsHosts = /(^|\.)(work24|bizinfo|youthcenter)\.go\.kr$/;
// A host name ends in letters: 032.123.4567 is a telephone number, not an address.
const bareHost = /^([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?(\/|\?|$)/i;

/**
 * A web address as a source wrote it, made usable: one without its scheme (`www.k-startup.go.kr/…`)
 * gains https://, and the official sites' http links become https. Null when it is not one.
 */
export function webAddress(value: string | undefined): string | null {
  const text = (value ?? "").trim();
  const absolute = /^https?:\/\//i.test(text)
    ? text
    : bareHost.test(text)
      ? `https://${text}`
      : null;
  if (!absolute || !URL.canParse(absolute)) return null;
  const url = new URL(absolute);
  if (url.protocol === "http:" && httpsHosts.test(url.hostname)) url.protocol = "https:";
  return url.toString();
}
