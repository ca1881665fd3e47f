import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pretendardFontPath } from "@/lib/routes/public";

// Pretendard as the package ships it for the web in dynamic subsets: one @font-face per weight
// and slice of Unicode, so a browser downloads only the slices a page's characters fall in. The
// portal uses two weights (400, 700): 2 × 92 faces from the package's stylesheet, woff2 only
// (every browser the portal supports reads it), served from the installed package by
// app/fonts/pretendard. The stylesheet is linked on wide screens only (wide-screen-stylesheet.ts):
// phones read in their own Korean font and never download its 94 KB of @font-face rules.

export const PRETENDARD_WEIGHTS = ["400", "700"];
const PACKAGE_DIR = path.join(process.cwd(), "node_modules/pretendard");
const PACKAGE_CSS = "dist/web/static/pretendard-dynamic-subset.css";
const FONT_DIR = "dist/web/static/woff2-dynamic-subset";

type Face = { weight: string; file: string; range: string };

let faces: Face[] | undefined;
let version: string | undefined;

/** The package's faces of the two weights, read once per process. */
function pretendardFaces(): Face[] {
  faces ??= [
    ...readFileSync(path.join(PACKAGE_DIR, PACKAGE_CSS), "utf8").matchAll(
      /@font-face\s*\{([^}]*)\}/g,
    ),
  ]
    .map((match) => match[1]!)
    .filter((body) => PRETENDARD_WEIGHTS.includes(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? ""))
    .map((body) => {
      const file = /url\(\.\/woff2-dynamic-subset\/([^)/]+\.woff2)\)/.exec(body)?.[1];
      const weight = /font-weight:\s*(\d+)/.exec(body)![1]!;
      const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
      if (!file || !range) throw new Error(`unexpected @font-face in ${PACKAGE_CSS}: ${body}`);
      return { weight, file, range };
    });
  return faces;
}

/** The installed package's version: it names the font files' addresses, kept for a year. */
export function pretendardVersion(): string {
  version ??= (
    JSON.parse(readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  return version;
}

/** The stylesheet linked for wide screens: the faces, then the metric-matched fallback. */
export function pretendardStylesheet(): string {
  const installed = pretendardVersion();
  return [
    "/* Pretendard (SIL Open Font License 1.1), from the pretendard package's dynamic subsets. */",
    ...pretendardFaces().map(
      ({ weight, file, range }) =>
        `@font-face {\n  font-family: "Pretendard";\n  font-style: normal;\n  font-display: optional;\n  font-weight: ${weight};\n  src: url(${pretendardFontPath(installed, file)}) format("woff2");\n  unicode-range: ${range};\n}`,
    ),
    // A slice that is not there by the first paint is not swapped in on that page (optional: it
    // is cached for the next): a swap moved text by up to 0.019 of the screen (CLS) when the cached
    // pages arrived before their fonts. Until then text shows in local fonts sized to Pretendard's
    // metrics: Latin in Arial (next/font's values), Hangul in the system's
    // Hangul font at 94 % (Pretendard's Hangul is narrower) with Pretendard's ascent (0.952 em)
    // and descent (0.241 em), divided by that size.
    '@font-face {\n  font-family: "Pretendard Fallback";\n  src: local("Arial");\n  ascent-override: 93.76%;\n  descent-override: 23.75%;\n  line-gap-override: 0%;\n  size-adjust: 101.55%;\n}',
    '@font-face {\n  font-family: "Pretendard Fallback";\n  src: local("Apple SD Gothic Neo"), local("Noto Sans CJK KR"), local("Noto Sans KR"), local("Malgun Gothic");\n  ascent-override: 101.28%;\n  descent-override: 25.64%;\n  line-gap-override: 0%;\n  size-adjust: 94%;\n  unicode-range: U+1100-11FF, U+3130-318F, U+AC00-D7A3;\n}',
    "",
  ].join("\n");
}

/**
 * One font file the stylesheet names, for this version of the package; null for any other
 * address (another version, another file, a path), so nothing else in the package is served.
 */
export async function pretendardFont(requested: string, file: string): Promise<Buffer | null> {
  if (requested !== pretendardVersion()) return null;
  if (!pretendardFaces().some((face) => face.file === file)) return null;
  return readFile(path.join(PACKAGE_DIR, FONT_DIR, file));
}
