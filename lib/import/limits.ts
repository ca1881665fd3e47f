// Upload limits, shared by the upload form (checked before sending), the import action and the
// proxy that refuses oversized server-action bodies.
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export function uploadTooLargeMessage(bytes?: number) {
  const size = bytes === undefined ? "" : ` (${(bytes / 1024 / 1024).toFixed(1)}MB)`;
  return `파일이 너무 큽니다${size}. 5MB 이하로 나눠 올리세요.`;
}
