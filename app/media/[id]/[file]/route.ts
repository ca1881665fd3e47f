import { connection } from "next/server";
import { immutableFileResponse } from "@/lib/http/immutable-file";
import { mediaExists } from "@/lib/media/queries";
import { isMediaId, requestedWidth } from "@/lib/media/paths";
import { readImageFile } from "@/lib/media/store";

// An uploaded image at one of its sizes. Its address names its content (the id is the file's
// hash); a deleted image answers 404.
export async function GET(_request: Request, { params }: RouteContext<"/media/[id]/[file]">) {
  await connection();
  const { id, file } = await params;
  const width = requestedWidth(file);
  const data =
    isMediaId(id) && width !== null && (await mediaExists(id))
      ? await readImageFile(id, width)
      : null;
  return immutableFileResponse(data, "image/webp", "이미지를 찾을 수 없습니다.");
}
