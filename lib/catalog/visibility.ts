/**
 * What the public may see of a catalog record (a course, a program): a published one. Each
 * domain's `published` is this rule in SQL; `isPublicRecord` is it for a row already loaded.
 */
export const publicStatus = "published";

export const isPublicRecord = (record: { status: string }) => record.status === publicStatus;
