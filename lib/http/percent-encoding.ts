/** Whether a path's percent signs spell UTF-8 (/tags/%ff names no page: Next would answer 500). */
export function isDecodable(path: string) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
