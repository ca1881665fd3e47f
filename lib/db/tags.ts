import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * True when the JSON array in `column` (tags, or any list facet such as 대상) shares at least one
 * value with `tags`.
 */
export function hasAnyTag(column: SQLiteColumn, tags: string[]): SQL {
  if (tags.length === 0) return sql`0`;
  return sql`exists (select 1 from json_each(${column}) where json_each.value in (${sql.join(
    tags.map((tag) => sql`${tag}`),
    sql`, `,
  )}))`;
}
