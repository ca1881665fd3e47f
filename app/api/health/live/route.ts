import { connection } from "next/server";

// Liveness only: the process answers. A constant body, so it is also the floor the search API is
// measured against (`npm run bench:search`, `bench:pages`). /api/health checks the database and
// Meilisearch.
export async function GET() {
  await connection();
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
