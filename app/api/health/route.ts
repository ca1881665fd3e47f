import { checkHealth } from "@/lib/health";

export async function GET() {
  const health = await checkHealth();
  const ok = health.db === "ok" && health.search === "ok";
  return Response.json(health, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
