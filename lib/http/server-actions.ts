// Relative: next.config.ts loads this file without the @ alias.
import { MAX_UPLOAD_BYTES } from "../import/limits";
import { MAX_IMAGE_BYTES } from "../media/limits";

// Server-action bodies Next accepts (next.config.ts): the largest upload (an image for a figure;
// import files are smaller) plus multipart overhead.
export const SERVER_ACTION_BODY_LIMIT_BYTES =
  Math.max(MAX_UPLOAD_BYTES, MAX_IMAGE_BYTES) + 1024 * 1024;

/**
 * Why a server-action POST is refused before Next reads it, or null. Next itself answers a foreign
 * Origin and an oversized body with 500; a browser always sends Origin with a form's POST, so
 * one that is missing or names another site is a forgery (403), and a body past the limit is 413
 * with the limits the upload forms state.
 */
export function serverActionRefusal(
  headers: Headers,
  siteHost: string,
): { status: 403 | 413; message: string } | null {
  const origin = headers.get("origin");
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  if (!originHost || (originHost !== headers.get("host") && originHost !== siteHost)) {
    return { status: 403, message: "다른 사이트에서 보낸 요청은 받지 않습니다." };
  }
  const length = Number(headers.get("content-length") ?? 0);
  if (length > SERVER_ACTION_BODY_LIMIT_BYTES)
    return {
      status: 413,
      message: "파일이 너무 큽니다. 이미지는 10MB, 가져오기 파일은 5MB 이하로 올리세요.",
    };
  return null;
}
