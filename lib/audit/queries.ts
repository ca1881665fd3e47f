import "server-only";
import { and, count, desc, eq, gte, like, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { firstValue } from "@/lib/forms/params";
import { db } from "@/lib/db/client";
import { auditLog, users } from "@/lib/db/schema";
import { auditEntityLabels } from "./labels";

export const AUDIT_PER_PAGE = 50;

const day = z.preprocess(firstValue, z.iso.date().optional().catch(undefined));

// Filters come from the URL; a hand-edited value is ignored rather than failing the page. Every
// entity the 무엇을 menu offers (auditEntityLabels) filters.
export const auditFilterSchema = z.object({
  user: z.preprocess(firstValue, z.coerce.number().int().positive().optional().catch(undefined)),
  entity: z.preprocess(
    firstValue,
    z
      .enum(Object.keys(auditEntityLabels) as [string, ...string[]])
      .optional()
      .catch(undefined),
  ),
  action: z.preprocess(
    firstValue,
    z
      .string()
      .trim()
      .max(60)
      .regex(/^[a-z._-]*$/)
      .optional()
      .catch(undefined),
  ),
  from: day,
  to: day,
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

/** Korean calendar days: `to` includes the whole day. */
function kstDayStart(isoDate: string, plusDays = 0) {
  const start = new Date(`${isoDate}T00:00:00+09:00`);
  return new Date(start.getTime() + plusDays * 86_400_000);
}

export type Viewer = { role: "admin" | "editor" | "contributor" };

// Accounts' emails are for admins (the users page is theirs); editors see who by name only.
const EMAIL_KEYS = new Set(["email", "from", "to"]);

function detailsFor(viewer: Viewer, entity: string, details: Record<string, unknown> | null) {
  if (viewer.role === "admin" || entity !== "user" || !details) return details;
  return Object.fromEntries(Object.entries(details).filter(([key]) => !EMAIL_KEYS.has(key)));
}

/** An entry as this viewer may read it: the change log and the workspace's front page alike. */
export function auditEntryFor<
  T extends { entity: string; details: Record<string, unknown> | null },
>(viewer: Viewer, entry: T): T {
  return { ...entry, details: detailsFor(viewer, entry.entity, entry.details) };
}

export async function listAuditEntries(filter: AuditFilter, viewer: Viewer) {
  const conditions: SQL[] = [];
  if (filter.user) conditions.push(eq(auditLog.userId, filter.user));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.action) conditions.push(like(auditLog.action, `${filter.action}%`));
  if (filter.from) conditions.push(gte(auditLog.createdAt, kstDayStart(filter.from)));
  if (filter.to) conditions.push(lt(auditLog.createdAt, kstDayStart(filter.to, 1)));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [entries, [total]] = await Promise.all([
    db
      .select({ entry: auditLog, userName: users.name, userEmail: users.email })
      .from(auditLog)
      .leftJoin(users, eq(auditLog.userId, users.id))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(AUDIT_PER_PAGE)
      .offset((filter.page - 1) * AUDIT_PER_PAGE),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return {
    entries: entries.map(({ entry, userName, userEmail }) => ({
      entry: auditEntryFor(viewer, entry),
      userName,
      userEmail: viewer.role === "admin" ? userEmail : null,
    })),
    total: total?.total ?? 0,
  };
}

export async function listAuditUsers(viewer: Viewer) {
  const people = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .orderBy(users.name);
  return people.map((person) => ({
    ...person,
    email: viewer.role === "admin" ? person.email : null,
  }));
}
