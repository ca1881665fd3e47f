import { connection } from "next/server";
import { answerSearchApi, searchApiHeaders } from "@/lib/catalog/api";

export async function GET(request: Request) {
  await connection();
  const { status, body } = await answerSearchApi(new URL(request.url).searchParams);
  return Response.json(body, { status, headers: searchApiHeaders });
}
