import { connection } from "next/server";
import { mediaExists } from "@/lib/media/queries";
import { isMediaId, requestedWidth } from "@/lib/media/paths";
import { readImageFile } from "@/lib/media/store";

// An uploaded image at one of its sizes. Its address names its content (the id is the file's
// hash), so browsers and CDNs may keep it for a year; a deleted image answers 404.
export async function GET(_request: Request, { params }: RouteContext<"/media/[id]/[file]">) {
  await connection();
  const { id, file } = await params;
  const width = requestedWidth(file);
  const data =
    isMediaId(id) && width !== null && (await mediaExists(id))
      ? await readImageFile(id, width)
      : null;
  if (!data) {
    return new Response("이미지를 찾을 수 없습니다.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(data.length),
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
