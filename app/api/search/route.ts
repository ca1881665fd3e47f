import { answerSearchApi, searchApiHeaders } from "@/lib/search/api";

export const dynamic = "force-dynamic";

// In production the portal's own server (scripts/lib/portal-http.ts) answers /api/search before
// Next's router, which costs more than the search itself; this route serves `next dev`.
export async function GET(request: Request) {
  const { status, body } = await answerSearchApi(new URL(request.url).searchParams);
  return Response.json(body, { status, headers: searchApiHeaders });
}
