import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";

/** Every tag in use on articles, courses and programs (drafts included), most used first. */
export async function tagUsage(): Promise<{ tag: string; uses: number }[]> {
  const { rows } = await db.run(sql`
    select value as tag, count(*) as uses from (
      select json_each.value from articles, json_each(articles.tags)
      union all select json_each.value from courses, json_each(courses.tags)
      union all select json_each.value from programs, json_each(programs.tags)
    ) group by value order by uses desc, value`);
  return rows.map((row) => ({ tag: String(row.tag), uses: Number(row.uses) }));
}

export async function knownTags(): Promise<string[]> {
  return (await tagUsage()).map((usage) => usage.tag);
}
