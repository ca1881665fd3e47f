import { and, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

function escapeLike(word: string) {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Rows where every word of `q` appears in at least one of the columns (plain substring match). */
export function matchesEveryWord(q: string, columns: SQLiteColumn[]): SQL | undefined {
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((word) => {
      const pattern = `%${escapeLike(word)}%`;
      return or(...columns.map((column) => sql`${column} like ${pattern} escape '\\'`));
    }),
  );
}
