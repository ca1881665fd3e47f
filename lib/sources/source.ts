import type { CourseRecord } from "@/lib/courses/schema";
import type { SourceName } from "@/lib/db/schema";
import type { ProgramRecord } from "@/lib/programs/schema";

/**
 * One source record as a portal record, or why it cannot be one. `ended`: the record is sound but
 * says its application has ended (접수 마감), so a sync closes it rather than keeping old data.
 */
export type Mapped<T> = { ok: true; record: T } | { ok: false; reason: string; ended?: true };

export type SourcedCourse = CourseRecord & { selfPayment: number | null; contact: string | null };
export type MappedCourse = Mapped<SourcedCourse>;
export type MappedProgram = Mapped<ProgramRecord>;

/** One record as a source lists it: its id, a fingerprint of what was listed, the raw row. */
export type SourceRound<R> = { externalId: string; fingerprint: string; raw: R };

export type Listing<R> = {
  rounds: SourceRound<R>[];
  rejected: { id: string; reason: string }[];
  /** How many records the source said it has, and how many arrived. */
  expected: number;
  received: number;
  /**
   * The start dates the listing covers: an open record starting inside it and not listed is
   * gone. Null when the listing is the source's whole set: every open record not listed is gone.
   */
  window: { from: string; to: string } | null;
  /**
   * Why the listing cannot say what is gone although no count shows rows missing (a service that
   * reports no total and whose paging repeated rows or did not run out). It then closes nothing.
   */
  unsure?: string;
};

/**
 * What the sync engine needs of a source: the listing (cheap, every run) and the completion of
 * one listed record into a portal record (detail calls, only when new or changed).
 */
type SourceOf<Entity extends string, R, T> = {
  name: SourceName;
  entity: Entity;
  listRounds(today: string): Promise<Listing<R>>;
  complete(raw: R): Promise<Mapped<T>>;
};

export type CourseSource<R> = SourceOf<"course", R, SourcedCourse>;
export type ProgramSource<R> = SourceOf<"program", R, ProgramRecord>;
export type CatalogSource = CourseSource<unknown> | ProgramSource<unknown>;
