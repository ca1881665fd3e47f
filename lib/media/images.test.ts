import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ImageRefusal, prepareImage } from "./images";
import { MAX_IMAGE_BYTES } from "./limits";

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#2a6df4" } })
    .png()
    .toBuffer();

/** A PNG whose header claims `width` × `height` but holds almost nothing: a decompression bomb. */
async function bombHeader(width: number, height: number) {
  const small = await png(1, 1);
  const copy = Buffer.from(small);
  // IHDR's width and height sit at bytes 16–23, its CRC at 29–32 (recomputed, so the header
  // itself is valid).
  copy.writeUInt32BE(width, 16);
  copy.writeUInt32BE(height, 20);
  const { crc32 } = await import("node:zlib");
  copy.writeUInt32BE(crc32(copy.subarray(12, 29)) >>> 0, 29);
  return copy;
}

const refusal = async (bytes: Buffer) => {
  const error = await prepareImage(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImageRefusal);
  return (error as Error).message;
};

describe("preparing an uploaded image", () => {
  it("makes WebP sizes up to 1,600 px wide, never enlarged, named by the file's hash", async () => {
    const wide = await prepareImage(await png(2400, 1200));
    expect(wide).toMatchObject({ format: "png", width: 1600, height: 800 });
    expect(wide.id).toMatch(/^[0-9a-f]{16}$/);
    expect(wide.variants.map((v) => v.width)).toEqual([480, 800, 1200, 1600]);
    const [small] = wide.variants;
    expect(await sharp(small!.data).metadata()).toMatchObject({
      format: "webp",
      width: 480,
      height: 240,
    });

    const narrow = await prepareImage(await png(640, 480));
    expect(narrow).toMatchObject({ width: 640, height: 480 });
    expect(narrow.variants.map((v) => v.width)).toEqual([480, 640]);
    // The same bytes are the same image.
    expect((await prepareImage(await png(640, 480))).id).toBe(narrow.id);
  });

  it("turns a photo upright by its EXIF orientation and leaves its metadata out", async () => {
    const sideways = await sharp({
      create: { width: 600, height: 300, channels: 3, background: "#000" },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const prepared = await prepareImage(sideways);
    expect(prepared).toMatchObject({ format: "jpeg", width: 300, height: 600 });
    const meta = await sharp(prepared.variants.at(-1)!.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it("draws a self-contained SVG into pixels", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#123"/><use href="#a"/></svg>',
    );
    const prepared = await prepareImage(svg);
    expect(prepared).toMatchObject({ format: "svg", width: 1600, height: 800 });
    expect((await sharp(prepared.variants[0]!.data).metadata()).format).toBe("webp");
  });

  it("makes a tall infographic shorter than WebP's 16,383 px limit instead of refusing it", async () => {
    const tall = await prepareImage(
      await sharp({ create: { width: 400, height: 20_000, channels: 3, background: "#fff" } })
        .png()
        .toBuffer(),
    );
    expect(tall.height).toBe(16_383);
    expect(tall.width).toBeLessThan(400);
  });

  it("refuses SVGs that could reach out while drawn", async () => {
    expect(
      await refusal(
        Buffer.from(
          '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
        ),
      ),
    ).toContain("DOCTYPE");
    expect(
      await refusal(
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>',
        ),
      ),
    ).toContain("다른 파일이나 주소를 불러오는 SVG");
    expect(
      await refusal(
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:url(https://x.example/a)}</style></svg>',
        ),
      ),
    ).toContain("다른 파일이나 주소");
    // Gzipped, the same SVG would hide its text from the check: refused as such.
    const { gzipSync } = await import("node:zlib");
    const svgz = gzipSync(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="file:///etc/passwd"/></svg>',
    );
    expect(await refusal(svgz)).toContain("압축된 SVG(.svgz)");
  });

  it("refuses by content: empty, too large, another format, not an image, broken, a bomb", async () => {
    expect(await refusal(Buffer.alloc(0))).toBe("빈 파일입니다. 이미지 파일을 고르세요.");
    expect(await refusal(Buffer.alloc(MAX_IMAGE_BYTES + 1))).toContain("10MB 이하");
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } })
      .gif()
      .toBuffer();
    expect(await refusal(gif)).toBe(
      "PNG, JPEG, WebP, SVG 이미지만 올릴 수 있습니다 (이 파일은 GIF입니다).",
    );
    // A CSV renamed to .png is refused by what it holds, not by its name.
    expect(await refusal(Buffer.from("과정명,기관\nAI,인천\n"))).toContain(
      "이미지로 읽을 수 없는 파일입니다",
    );
    const truncated = (await png(800, 600)).subarray(0, 200);
    expect(await refusal(truncated)).toContain("손상되어");
    expect(await refusal(await bombHeader(30_000, 30_000))).toBe(
      "그림이 너무 큽니다 (가로 30,000 × 세로 30,000 픽셀). 4,000만 픽셀 이하로 줄여 올리세요.",
    );
  });
});
