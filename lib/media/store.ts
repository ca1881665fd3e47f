import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { AwsClient } from "aws4fetch";
import { dataDir, env } from "@/lib/env";
import type { PreparedImage } from "./images";

// Where images are kept: an S3-compatible bucket when MEDIA_S3_URL is set (several portal
// instances share it), else on disk under DATA_DIR/media/<id>/<width>.webp beside the database
// (a backup needs both). The portal serves them either way (/media/…).

const bucket = env.MEDIA_S3_URL?.replace(/\/+$/, "");
const s3 = bucket
  ? new AwsClient({
      accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID!,
      secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY!,
      service: "s3",
      region: env.MEDIA_S3_REGION,
      retries: 2,
    })
  : null;

const objectUrl = (id: string, width: number) => `${bucket}/${id}/${width}.webp`;

async function s3Request(method: "PUT" | "GET" | "DELETE", url: string, body?: Buffer) {
  const response = await s3!.fetch(url, {
    method,
    body: body ? new Uint8Array(body) : undefined,
    headers: body ? { "Content-Type": "image/webp" } : undefined,
    signal: AbortSignal.timeout(20_000),
  });
  if (!response.ok && !(method === "GET" && response.status === 404)) {
    throw new Error(`media store: ${method} ${url} answered ${response.status}`);
  }
  return response;
}

const mediaRoot = () => path.join(/*turbopackIgnore: true*/ dataDir, "media");

/** Writes an image's sizes. On disk all or nothing: written aside, then moved in at once. */
export async function saveImageFiles(image: PreparedImage) {
  if (s3) {
    for (const variant of image.variants)
      await s3Request("PUT", objectUrl(image.id, variant.width), variant.data);
    return;
  }
  const target = path.join(mediaRoot(), image.id);
  const staging = `${target}.${process.pid}.${Date.now()}.partial`;
  await mkdir(staging, { recursive: true });
  try {
    for (const variant of image.variants)
      await writeFile(path.join(staging, `${variant.width}.webp`), variant.data);
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** One size of an image, or null when it is not stored. */
export async function readImageFile(id: string, width: number): Promise<Buffer | null> {
  if (s3) {
    const response = await s3Request("GET", objectUrl(id, width));
    return response.status === 404 ? null : Buffer.from(await response.arrayBuffer());
  }
  try {
    return await readFile(path.join(mediaRoot(), id, `${width}.webp`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Removes an image's sizes (`widths`: the ones it was stored at). */
export async function removeImageFiles(id: string, widths: number[]) {
  if (s3) {
    for (const width of widths) await s3Request("DELETE", objectUrl(id, width));
    return;
  }
  await rm(path.join(mediaRoot(), id), { recursive: true, force: true });
}
