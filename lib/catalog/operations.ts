export const bulkOperations = ["publish", "unpublish", "delete"] as const;
export type BulkOperation = (typeof bulkOperations)[number];

export const bulkOperationLabels: Record<BulkOperation, string> = {
  publish: "발행",
  unpublish: "발행 취소",
  delete: "삭제",
};
