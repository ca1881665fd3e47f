import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { courses } from "@/lib/db/schema";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { published } from "@/lib/courses/visibility";

/** Whether the public catalog shows demo rounds (every page then says so, once). */
export async function demoCatalogShown() {
  const [row] = await db
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.source, "demo"), published))
    .limit(1);
  return row !== undefined;
}

/** Once a real source is configured its samples go: they were never real records. */
export async function removeDemoCourses() {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(courses)
      .where(eq(courses.source, "demo"))
      .returning({ externalId: courses.externalId });
    await enqueueSearchSync(
      tx,
      "course",
      removed.map((row) => row.externalId),
    );
    return removed.length;
  });
}
