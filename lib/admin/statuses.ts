// Whether the public may see a record yet, as the tables store it and the workspace names it.

/** An issue's or article's state: a draft, scheduled for a time, or published. */
export const publicationStatuses = ["draft", "scheduled", "published"] as const;
/** A course's or program's state: catalog records are published at once, never scheduled. */
export const recordStatuses = ["draft", "published"] as const;

export type PublicationStatus = (typeof publicationStatuses)[number];
export type RecordStatus = (typeof recordStatuses)[number];

export const publicationStatusLabels: Record<PublicationStatus, string> = {
  draft: "초안",
  scheduled: "예약됨",
  published: "발행됨",
};
