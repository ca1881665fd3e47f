// Where an uploaded image is served. An article names the largest size with its dimensions —
// /media/<id>/<width>x<height>.webp — so a page can reserve the image's box and list the smaller
// sizes (/media/<id>/<width>.webp) without asking the database; the browser picks one by width.

/** The widths an image is served at, up to the largest (never enlarged past the original). */
export const LARGEST_MEDIA_WIDTH = 1600;
export const MEDIA_WIDTHS = [480, 800, 1200, LARGEST_MEDIA_WIDTH] as const;

const idPattern = /^[0-9a-f]{16}$/;
const imagePathPattern = /^\/media\/([0-9a-f]{16})\/(\d{1,5})x(\d{1,5})\.webp$/;

export type MediaImage = { id: string; width: number; height: number };

export const isMediaId = (id: string) => idPattern.test(id);

/** The widths served for an image whose largest size is `width` wide. */
export function servedWidths(width: number): number[] {
  return [...MEDIA_WIDTHS.filter((w) => w < width), width];
}

/** The address an article uses for an image. */
export function mediaImagePath({ id, width, height }: MediaImage) {
  return `/media/${id}/${width}x${height}.webp`;
}

/** The image an article's address names, or null for any other address. */
export function parseMediaImagePath(src: string): MediaImage | null {
  const match = imagePathPattern.exec(src);
  if (!match) return null;
  const [width, height] = [Number(match[2]), Number(match[3])];
  return width > 0 && height > 0 ? { id: match[1]!, width, height } : null;
}

/** One served width of an image. */
export const mediaWidthPath = (id: string, width: number) => `/media/${id}/${width}.webp`;

/** `srcset` for an image: every served width. */
export function mediaSrcSet({ id, width }: MediaImage) {
  return servedWidths(width)
    .map((w) => `${mediaWidthPath(id, w)} ${w}w`)
    .join(", ");
}

/** The width a file name asks for (`800.webp` or `1600x900.webp`), or null. */
export function requestedWidth(fileName: string): number | null {
  const match = /^(\d{1,5})(?:x\d{1,5})?\.webp$/.exec(fileName);
  return match ? Number(match[1]) : null;
}

/** The Markdown of an image with its description. */
export function imageMarkdown(image: MediaImage, alt: string) {
  // Brackets and line breaks would end the description early.
  const description = alt
    .replace(/\s+/g, " ")
    .replace(/([[\]\\])/g, "\\$1")
    .trim();
  return `![${description}](${mediaImagePath(image)})`;
}

/** Markdown for a figure: its 〔그림 N〕 caption, the image and, when given, its 자료 line. */
export function figureMarkdown(
  image: MediaImage,
  { alt, number, title, source }: { alt: string; number: number; title: string; source: string },
) {
  const caption = `〔그림 ${number}〕 ${title.trim()}`.trim();
  const lines = [caption, "", imageMarkdown(image, alt)];
  if (source.trim()) lines.push("", `자료: ${source.trim()}`);
  return `\n${lines.join("\n")}\n`;
}

/** The number the next 〔그림 N〕 in a text takes. */
export function nextFigureNumber(markdown: string) {
  const used = [...markdown.matchAll(/〔그림\s*(\d+)〕/g)].map((match) => Number(match[1]));
  return Math.max(0, ...used) + 1;
}
