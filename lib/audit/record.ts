import "server-only";
import type { Transaction } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";

/** One audit row, written in the same transaction as the change it records. */
export async function recordAudit(
  tx: Transaction,
  entry: {
    userId: number | null;
    action: string;
    entity: string;
    entityId?: string | number | null;
    details?: Record<string, unknown>;
  },
) {
  await tx.insert(auditLog).values({
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    details: entry.details,
  });
}
