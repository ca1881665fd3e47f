import "server-only";
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { matchesEveryWord } from "@/lib/db/match";
import { courses, programs } from "@/lib/db/schema";
import type { RecordStatus } from "@/lib/admin/statuses";
import type { CatalogEntity } from "./entities";
import { RECORDS_PER_PAGE, type RecordListParams } from "./list-params";

export type RecordRow = {
  id: number;
  externalId: string;
  title: string;
  status: RecordStatus;
  owner: string;
  date: string | null;
  updatedAt: string;
};

function columnsOf(entity: CatalogEntity) {
  if (entity === "course") {
    return { table: courses, owner: courses.provider, date: courses.startDate };
  }
  return { table: programs, owner: programs.agency, date: programs.applyEnd };
}

/** One page of courses or programs for the editors' table: every status, filtered and sorted by the URL. */
export async function listRecordsForEditors(entity: CatalogEntity, params: RecordListParams) {
  const { table, owner, date } = columnsOf(entity);
  const filters: SQL[] = [];
  if (params.status) filters.push(eq(table.status, params.status));
  const matching = matchesEveryWord(params.q, [table.title, table.externalId, owner]);
  if (matching) filters.push(matching);
  const where = filters.length > 0 ? and(...filters) : undefined;
  const sortColumn = {
    updatedAt: table.updatedAt,
    title: table.title,
    externalId: table.externalId,
    status: table.status,
    owner,
    date,
  }[params.sort];
  const order = params.dir === "asc" ? asc(sortColumn) : desc(sortColumn);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: table.id,
        externalId: table.externalId,
        title: table.title,
        status: table.status,
        owner,
        date,
        updatedAt: table.updatedAt,
      })
      .from(table)
      .where(where)
      .orderBy(order, asc(table.id))
      .limit(RECORDS_PER_PAGE)
      .offset((params.page - 1) * RECORDS_PER_PAGE),
    db.select({ total: count() }).from(table).where(where),
  ]);
  return {
    rows: rows.map((row): RecordRow => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    total: total?.total ?? 0,
  };
}

export async function getCourseForEditor(id: number) {
  const [course] = await db.select().from(courses).where(eq(courses.id, id));
  return course ?? null;
}

export async function getProgramForEditor(id: number) {
  const [program] = await db.select().from(programs).where(eq(programs.id, id));
  return program ?? null;
}
