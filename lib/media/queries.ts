import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { media, users } from "@/lib/db/schema";
import { mediaUses } from "./usage";

/** The media library: newest first, with who uploaded each image and where it is used. */
export async function mediaLibrary() {
  const [rows, uses] = await Promise.all([
    db
      .select({ media, uploader: users.name })
      .from(media)
      .leftJoin(users, eq(users.id, media.createdBy))
      .orderBy(desc(media.createdAt), media.id),
    mediaUses(db),
  ]);
  return rows.map((row) => ({
    ...row.media,
    uploader: row.uploader,
    uses: uses.get(row.media.id) ?? [],
  }));
}

export type MediaLibraryItem = Awaited<ReturnType<typeof mediaLibrary>>[number];

/** Whether an image may be served: uploaded and not deleted. */
export async function mediaExists(id: string) {
  const [row] = await db.select({ id: media.id }).from(media).where(eq(media.id, id));
  return row !== undefined;
}
