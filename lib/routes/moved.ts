import "server-only";
import { eq } from "drizzle-orm";
import { notFound, permanentRedirect } from "next/navigation";
import { db, type Transaction } from "@/lib/db/client";
import { movedPaths } from "@/lib/db/schema";

// Public addresses keep working when an editor changes a slug or an id: the old path is recorded
// in the same transaction as the change, and a page that finds nothing at a path answers 308 to
// where it went. Chains collapse (a → b → c records a → c), and a path in use again stops
// redirecting.

/** Records, inside the caller's write, that `from` now lives at `to`. */
export async function recordMovedPath(tx: Transaction, from: string, to: string) {
  if (from === to) return;
  await tx.update(movedPaths).set({ toPath: to }).where(eq(movedPaths.toPath, from));
  await tx.delete(movedPaths).where(eq(movedPaths.fromPath, to));
  await tx
    .insert(movedPaths)
    .values({ fromPath: from, toPath: to })
    .onConflictDoUpdate({ target: movedPaths.fromPath, set: { toPath: to } });
}

/** Where an old address now answers 308 to, or null for a path that never moved. */
export async function movedPathTarget(tx: Transaction | typeof db, path: string) {
  const [moved] = await tx
    .select({ toPath: movedPaths.toPath })
    .from(movedPaths)
    .where(eq(movedPaths.fromPath, path));
  return moved?.toPath ?? null;
}

/** For a page that found nothing at `path`: 308 to where it moved, else the 404 page. */
export async function movedOrNotFound(path: string): Promise<never> {
  const moved = await movedPathTarget(db, path);
  if (moved) permanentRedirect(moved);
  notFound();
}
