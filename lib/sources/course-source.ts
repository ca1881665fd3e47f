import type { CourseRecord } from "@/lib/courses/schema";
import type { SourceName } from "@/lib/db/schema";

/** One source record as the portal's course, or why it cannot be one. */
export type MappedCourse =
  | { ok: true; record: CourseRecord & { selfPayment: number | null; contact: string | null } }
  | { ok: false; reason: string };

/** One record as a source lists it: its id, a fingerprint of what was listed, the raw row. */
export type SourceRound<R> = { externalId: string; fingerprint: string; raw: R };

/**
 * What the sync engine needs of a source of courses: the listing (cheap, every run) and the
 * completion of one listed record into a portal record (detail calls, only when new or changed).
 */
export type CourseSource<R> = {
  name: SourceName;
  listRounds(today: string): Promise<{
    rounds: SourceRound<R>[];
    rejected: { id: string; reason: string }[];
    /** How many records the source said it has, and how many arrived. */
    expected: number;
    received: number;
    /** The start dates the listing covers: an open record starting inside it and not listed is gone. */
    window: { from: string; to: string };
  }>;
  complete(raw: R): Promise<MappedCourse>;
};
