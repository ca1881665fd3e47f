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
  private pageSize: number | null = null;
  private queryRepeated = false;
  private lastPageSize = 0;

  constructor(window: Listing<R>["window"]) {
    this.listing = { rounds: [], rejected: [], expected: 0, received: 0, window };
  }

  /** Starts a query asked `pageSize` rows at a time (none for a file: one answer, no pages). */
  startQuery(pageSize: number | null = null) {
    this.queryRows = new Set();
    this.pageSize = pageSize;
    this.queryRepeated = false;
    this.lastPageSize = 0;
  }

  /**
   * One page as the service sent it, each row new to the query read by `listed`. Returns how
   * many rows were new: a page of nothing new ends the query (a service that ignores paging
   * would otherwise be asked for the same rows up to its page limit).
   */
  addPage(rows: unknown[], listed: (row: unknown) => Listed<R>): number {
    let fresh = 0;
    for (const row of rows) {
      const content = JSON.stringify(row);
      if (this.queryRows.has(content)) continue;
      this.queryRows.add(content);
      fresh += 1;
      this.take(listed(row));
    }
    this.listing.received += fresh;
    // A page of at most the size asked that repeats rows stood in for rows it did not send; a
    // larger page is the whole set sent again by a service that ignores paging.
    if (this.pageSize !== null && fresh < rows.length && rows.length <= this.pageSize)
      this.queryRepeated = true;
    this.lastPageSize = rows.length;
    return fresh;
  }

  private take(listed: Listed<R>) {
    if (listed === null) return;
    if ("reason" in listed) {
      if (!this.rejectedIds.has(listed.id)) this.listing.rejected.push(listed);
      this.rejectedIds.add(listed.id);
      return;
    }
    const at = this.positions.get(listed.externalId);
    if (at === undefined) {
      this.positions.set(listed.externalId, this.listing.rounds.length);
      this.listing.rounds.push(listed);
    } else {
      // Listed again (by another query, or changed while the pages were read): the later word.
      this.listing.rounds[at] = listed;
    }
  }

  /**
   * Ends a query with the count the service reported. Without one, what arrived is all there is
   * only if the paging ran out (a page shorter than asked, or the whole set in one) and no page
   * repeated rows: otherwise rows may be missing that no count shows, so the listing says it
   * cannot tell what is gone and the sync closes nothing.
   */
  endQuery(reported: number | null) {
    this.listing.expected += reported ?? this.queryRows.size;
    if (reported !== null || this.pageSize === null) return;
    if (this.queryRepeated || this.lastPageSize === this.pageSize) {
      this.listing.unsure =
        "원천이 전체 건수를 알리지 않았고 목록이 끝까지 왔는지 확인하지 못해(겹친 페이지 또는 페이지 한도), 목록에 없는 항목을 마감하지 않았습니다";
    }
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
  builder.addPage(rows, (row) => {
    const round = listed(row);
    return round && !("reason" in round)
      ? { ...round, fingerprint: `file:${round.fingerprint}` }
      : round;
  });
  builder.endQuery(null);
  return builder.listing;
}
