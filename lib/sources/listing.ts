import type { Listing, SourceRound } from "./source";

export type Rejection = { id: string; reason: string };

/** What a source makes of one listed row: a record to sync, why it is refused, or null (left out). */
type Listed<R> = SourceRound<R> | Rejection | null;

/**
 * Gathers a source's listing from the rows it sends, query by query (a training type, a search),
 * page by page. Paging through a service whose order has ties can send a page again: a row the
 * same query already sent is not counted as received, so the rows it stood in for show as a
 * truncated set instead of records silently closed. A record listed more than once (by several
 * queries) is taken once, and a rejection reported once.
 */
export class ListingBuilder<R> {
  readonly listing: Listing<R>;
  private readonly positions = new Map<string, number>();
  private readonly rejectedIds = new Set<string>();
  private queryRows = new Set<string>();
  private queryReceived = 0;

  constructor(window: Listing<R>["window"]) {
    this.listing = { rounds: [], rejected: [], expected: 0, received: 0, window };
  }

  startQuery() {
    this.queryRows = new Set();
    this.queryReceived = 0;
  }

  /**
   * One row as the service sent it, and what the source makes of it. False when the query sent
   * it before: a page of nothing new ends the query (a service that ignores paging would
   * otherwise be asked for the same rows up to its page limit).
   */
  add(row: unknown, listed: Listed<R>): boolean {
    const content = JSON.stringify(row);
    if (this.queryRows.has(content)) return false;
    this.queryRows.add(content);
    this.queryReceived += 1;
    this.listing.received += 1;
    if (listed === null) return true;
    if ("reason" in listed) {
      if (!this.rejectedIds.has(listed.id)) this.listing.rejected.push(listed);
      this.rejectedIds.add(listed.id);
      return true;
    }
    const at = this.positions.get(listed.externalId);
    if (at === undefined) {
      this.positions.set(listed.externalId, this.listing.rounds.length);
      this.listing.rounds.push(listed);
    } else {
      // Listed again (by another query, or changed while the pages were read): the later word.
      this.listing.rounds[at] = listed;
    }
    return true;
  }

  /** Ends a query with the count the service reported; without one, it is taken at its word. */
  endQuery(reported: number | null) {
    this.listing.expected += reported ?? this.queryReceived;
  }
}

/**
 * The listing of a file saved from an official API: its rows as they are. A file is one answer
 * (a page, a search), not the source's whole set, so it closes nothing (the sync is run with
 * `origin: "file"`) and counts what it holds, not what the service said it had. Its fingerprints
 * are marked, so the next real sync completes each record again (a list file carries no details).
 */
export function fileListing<R>(rows: unknown[], listed: (row: unknown) => Listed<R>): Listing<R> {
  const builder = new ListingBuilder<R>(null);
  builder.startQuery();
  for (const row of rows) {
    const round = listed(row);
    builder.add(
      row,
      round && !("reason" in round)
        ? { ...round, fingerprint: `file:${round.fingerprint}` }
        : round,
    );
  }
  builder.endQuery(null);
  return builder.listing;
}
