import "server-only";
import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { imageTooLargeMessage, MAX_IMAGE_BYTES } from "./limits";
import { LARGEST_MEDIA_WIDTH, servedWidths } from "./paths";

// 40 megapixels (8000 × 5000): a camera photo passes; a small file that claims to be a huge
// picture (a decompression bomb) is refused from its header, before any pixel is decoded.
export const MAX_IMAGE_PIXELS = 40_000_000;
const WEBP_MAX_SIDE = 16_383;

const formats: Record<string, string> = { png: "PNG", jpeg: "JPEG", webp: "WebP", svg: "SVG" };
const otherFormats: Record<string, string> = {
  gif: "GIF",
  tiff: "TIFF",
  heif: "HEIF/HEIC",
  avif: "AVIF",
  pdf: "PDF",
  jp2: "JPEG 2000",
  jxl: "JPEG XL",
};

/** Why an image was refused, in words for the editor. */
export class ImageRefusal extends Error {
  name = "ImageRefusal";
}

export type PreparedImage = {
  id: string;
  format: string;
  width: number;
  height: number;
  variants: { width: number; data: Buffer }[];
};

/**
 * An SVG is drawn into pixels here, so its scripts never run anywhere; what could still reach out
 * while it is drawn — a DOCTYPE with entities, or a link to another file or address — is refused.
 */
function refuseUnsafeSvg(text: string) {
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new ImageRefusal(
      "문서 형식 선언(DOCTYPE)이 있는 SVG는 받지 않습니다. 그림만 저장해 올리세요.",
    );
  const external = [...text.matchAll(/\b(?:xlink:)?href\s*=\s*["']\s*([^"'\s]*)/gi)]
    .map((match) => match[1]!)
    .find((target) => !target.startsWith("#") && !/^data:image\/(png|jpeg|webp);/i.test(target));
  if (external !== undefined || /url\(\s*["']?(?!#|data:)/i.test(text))
    throw new ImageRefusal(
      "다른 파일이나 주소를 불러오는 SVG는 받지 않습니다. 그림 안에 모두 담긴 SVG나 PNG로 올리세요.",
    );
}

const looksLikeText = (bytes: Buffer) =>
  /^\s*(<\?xml|<svg|<!--|<!DOCTYPE)/i.test(
    bytes
      .subarray(0, 256)
      .toString("utf8")
      .replace(/^\uFEFF/, ""),
  );

/**
 * Checks an uploaded file by its content and makes the sizes the portal serves: WebP at each
 * width up to 1,600 px, turned upright by its EXIF orientation, with metadata (GPS and the like)
 * left out. Throws ImageRefusal with a Korean message for anything it will not store.
 */
export async function prepareImage(bytes: Buffer): Promise<PreparedImage> {
  if (bytes.length === 0) throw new ImageRefusal("빈 파일입니다. 이미지 파일을 고르세요.");
  if (bytes.length > MAX_IMAGE_BYTES) throw new ImageRefusal(imageTooLargeMessage(bytes.length));
  if (looksLikeText(bytes)) refuseUnsafeSvg(bytes.toString("utf8"));
  let metadata: Metadata;
  try {
    // Only the header is read here, so no limit yet: the size it claims is checked below.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRefusal(
      "이미지로 읽을 수 없는 파일입니다. PNG, JPEG, WebP, SVG 파일을 올리세요.",
    );
  }
  const format = metadata.format;
  if (!formats[format]) {
    const name = otherFormats[format] ?? format.toUpperCase();
    throw new ImageRefusal(
      `PNG, JPEG, WebP, SVG 이미지만 올릴 수 있습니다 (이 파일은 ${name}입니다).`,
    );
  }
  if (format === "svg") {
    // A gzipped SVG (.svgz) hides its text from the check below; it is refused rather than unpacked.
    if (bytes[0] === 0x1f && bytes[1] === 0x8b)
      throw new ImageRefusal("압축된 SVG(.svgz)는 받지 않습니다. 압축을 푼 SVG나 PNG로 올리세요.");
    refuseUnsafeSvg(bytes.toString("utf8"));
  }
  const { width = 0, height = 0 } = metadata.autoOrient ?? metadata;
  if (width * height > MAX_IMAGE_PIXELS)
    throw new ImageRefusal(
      `그림이 너무 큽니다 (가로 ${width.toLocaleString("ko-KR")} × 세로 ${height.toLocaleString("ko-KR")} 픽셀). 4,000만 픽셀 이하로 줄여 올리세요.`,
    );
  // An SVG has no pixels of its own: it is drawn sharp enough for the largest size served.
  const density =
    format === "svg" && width > 0
      ? Math.min(72 * 4, Math.max(72, (72 * LARGEST_MEDIA_WIDTH) / width))
      : undefined;
  const load = () =>
    sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS * 16, density, failOn: "error" }).rotate();
  try {
    // WebP stops at 16,383 px a side: a tall infographic is made shorter, never refused.
    const largest = await load()
      .resize({
        width: LARGEST_MEDIA_WIDTH,
        height: WEBP_MAX_SIDE,
        fit: "inside",
        withoutEnlargement: true,
      })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    const smaller = await Promise.all(
      servedWidths(largest.info.width)
        .slice(0, -1)
        .map(async (w) => ({
          width: w,
          data: await load()
            .resize({ width: w, height: WEBP_MAX_SIDE, fit: "inside" })
            .webp({ quality: 82 })
            .toBuffer(),
        })),
    );
    return {
      id: createHash("sha256").update(bytes).digest("hex").slice(0, 16),
      format,
      width: largest.info.width,
      height: largest.info.height,
      variants: [...smaller, { width: largest.info.width, data: largest.data }],
    };
  } catch (error) {
    console.error("media: an image could not be decoded", error);
    throw new ImageRefusal("이미지 파일이 손상되어 읽을 수 없습니다. 원본을 다시 저장해 올리세요.");
  }
}
