import { answerSearchApi, searchApiHeaders } from "@/lib/catalog/api";

export const dynamic = "force-dynamic";

// `npm start` answers /api/search in its own server (scripts/lib/portal-http.ts) before Next's
// router, which costs more than the search itself; this route serves `next dev` and `next start`.
export async function GET(request: Request) {
  const { status, body } = await answerSearchApi(new URL(request.url).searchParams);
  return Response.json(body, { status, headers: searchApiHeaders });
}
