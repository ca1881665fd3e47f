/**
 * A file whose address names its content (a hash or a version): browsers and CDNs may keep it
 * for a year. Anything else under such an address is a 404 no one should keep.
 */
export function immutableFileResponse(
  data: Uint8Array | null,
  contentType: string,
  missing: string,
) {
  if (!data) {
    return new Response(missing, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(data.length),
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
