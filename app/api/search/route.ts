import { connection } from "next/server";
import { searchApiResponse } from "@/lib/catalog/api";

export async function GET(request: Request) {
  await connection();
  return searchApiResponse(new URL(request.url).searchParams);
}
