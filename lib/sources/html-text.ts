import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";

// Official APIs send some fields as HTML, sometimes escaped once more (&lt;p&gt;), and plain
// text with an entity or two (R&amp;D), JSON answers included. The portal keeps only the text,
// laid out as a browser's innerText would (blocks on their own lines).

/** The text of an HTML fragment: tags and scripts gone, entities decoded, blank runs collapsed. */
export function htmlToText(html: string | undefined): string {
  let text = html ?? "";
  // At most twice: once for the HTML, once more when it arrived escaped.
  for (let pass = 0; pass < 2 && /<[a-z!/]|&[a-z#0-9]+;/i.test(text); pass++) {
    // Text without tags is plain text whose entities are escaped: its line breaks are lines.
    if (!/<[a-z!/]/i.test(text)) text = text.replace(/\r?\n/g, "<br>");
    text = toText(fromHtml(text, { fragment: true }));
  }
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * A plain-text field (a title, a name, a description) with its entities decoded: a `<` in it is
 * text, not a tag (<AI 바우처>), and its line breaks stay.
 */
export function plainText(text: string | undefined): string {
  const value = (text ?? "").trim();
  if (!/&[a-z#0-9]+;/i.test(value)) return value;
  const escaped = value.replace(/</g, "&lt;").replace(/\r?\n/g, "<br>");
  return toText(fromHtml(escaped, { fragment: true })).trim();
}

/** Text cut at a word boundary to at most `max` characters, marked with … when cut. */
export function cropText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
