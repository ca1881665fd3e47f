import type { Listing, SourceRound } from "./source";

export type Rejection = { id: string; reason: string };

/**
 * The listing of a file saved from an official API: its rows as they are. A file is one answer
 * (a page, a search), not the source's whole set, so it closes nothing (the sync is run with
 * `origin: "file"`) and counts what it holds, not what the service said it had. A record listed
 * twice is taken once, as the live listing does. Its fingerprints are marked, so the next real
 * sync completes each record again (a list file carries no details).
 */
export function fileListing<R>(
  rows: unknown[],
  listed: (row: unknown) => SourceRound<R> | Rejection | null,
): Listing<R> {
  const listing: Listing<R> = {
    rounds: [],
    rejected: [],
    expected: rows.length,
    received: rows.length,
    window: null,
  };
  const seen = new Set<string>();
  for (const row of rows) {
    const round = listed(row);
    if (round && "reason" in round) listing.rejected.push(round);
    else if (round && !seen.has(round.externalId)) {
      seen.add(round.externalId);
      listing.rounds.push({ ...round, fingerprint: `file:${round.fingerprint}` });
    }
  }
  return listing;
}
