import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { catalogTag, expireCacheTags } from "@/lib/cache/tags";
import { published as coursePublished } from "@/lib/courses/visibility";
import { db } from "@/lib/db/client";
import type { CatalogEntity } from "@/lib/catalog/entities";
import { courses, programs, type SourceName } from "@/lib/db/schema";
import { published as programPublished } from "@/lib/programs/visibility";
import { enqueueSearchSync } from "@/lib/search/outbox";
import type { OfficialSource } from "../configured";
import { BIZINFO_HOME } from "../bizinfo/map";
import { YOUTHCENTER_HOME } from "../youthcenter/map";

/** The demo that stands for each official source while that source has no key. */
export const demoOf = {
  work24: { name: "demo", entity: "course" },
  bizinfo: { name: "demo-bizinfo", entity: "program" },
  youthcenter: { name: "demo-youthcenter", entity: "program" },
} as const satisfies Record<OfficialSource, { name: SourceName; entity: CatalogEntity }>;

/** The site a demo program stands in for: a resident finds the real notices there. */
export const demoProgramSite: Partial<Record<SourceName, { name: string; home: string }>> = {
  [demoOf.bizinfo.name]: { name: "기업마당", home: BIZINFO_HOME },
  [demoOf.youthcenter.name]: { name: "온통청년", home: YOUTHCENTER_HOME },
};

/** Which public catalogs show demo records (every page then says so, once). */
export async function demoCatalogsShown(): Promise<{ courses: boolean; programs: boolean }> {
  const [[course], [program]] = await Promise.all([
    db
      .select({ id: courses.id })
      .from(courses)
      .where(and(eq(courses.source, demoOf.work24.name), coursePublished))
      .limit(1),
    db
      .select({ id: programs.id })
      .from(programs)
      .where(
        and(
          inArray(programs.source, [demoOf.bizinfo.name, demoOf.youthcenter.name]),
          programPublished,
        ),
      )
      .limit(1),
  ]);
  return { courses: course !== undefined, programs: program !== undefined };
}

/** Once a real source is configured its demo's samples go: they were never real records. */
export async function removeDemoRecords(source: OfficialSource) {
  const { name, entity } = demoOf[source];
  const table = entity === "course" ? courses : programs;
  const count = await db.transaction(async (tx) => {
    const removed = await tx
      .delete(table)
      .where(eq(table.source, name))
      .returning({ externalId: table.externalId });
    const externalIds = removed.map((row) => row.externalId);
    await enqueueSearchSync(tx, entity, externalIds);
    if (externalIds.length > 0)
      await recordAudit(tx, {
        userId: null,
        action: "sync.remove-demo",
        entity,
        details: { source: name, externalIds },
      });
    return removed.length;
  });
  if (count > 0) await expireCacheTags([catalogTag[entity]]);
  return count;
}
