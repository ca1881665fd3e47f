// Upload limits for images, shared by the figure form (checked before sending), the upload action
// and the proxy that refuses oversized server-action bodies. Relative imports only: next.config.ts
// loads this file without the @ alias.
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** What the file picker offers; the upload checks the content, not this list. */
export const ACCEPTED_IMAGE_TYPES = "image/png,image/jpeg,image/webp,image/svg+xml";

export function imageTooLargeMessage(bytes?: number) {
  const size = bytes === undefined ? "" : ` (${(bytes / 1024 / 1024).toFixed(1)}MB)`;
  return `파일이 너무 큽니다${size}. 10MB 이하 이미지를 올리세요.`;
}
