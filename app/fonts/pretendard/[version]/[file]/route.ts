import { connection } from "next/server";
import { pretendardFont } from "@/lib/fonts/pretendard";
import { immutableFileResponse } from "@/lib/http/immutable-file";

// One slice of Pretendard from the installed package; its address names the package's version.
export async function GET(
  _request: Request,
  { params }: RouteContext<"/fonts/pretendard/[version]/[file]">,
) {
  await connection();
  const { version, file } = await params;
  const data = await pretendardFont(version, file);
  return immutableFileResponse(data, "font/woff2", "글꼴 파일을 찾을 수 없습니다.");
}
