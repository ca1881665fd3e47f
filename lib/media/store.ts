import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/lib/env";
import type { PreparedImage } from "./images";

// Images live on disk under DATA_DIR/media/<id>/<width>.webp, beside the database they belong to
// (the README's backup copies DATA_DIR whole).
const mediaRoot = () => path.join(/*turbopackIgnore: true*/ dataDir, "media");

/** Writes an image's sizes. All or nothing: they are written aside, then moved in at once. */
export async function saveImageFiles(image: PreparedImage) {
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
  try {
    return await readFile(path.join(mediaRoot(), id, `${width}.webp`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export async function removeImageFiles(id: string) {
  await rm(path.join(mediaRoot(), id), { recursive: true, force: true });
}
