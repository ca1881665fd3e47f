import { checkHealth, isHealthy, publicHealth } from "@/lib/health";

export async function GET() {
  const health = await checkHealth();
  const ok = isHealthy(health);
  if (!ok) console.error("health check failed:", JSON.stringify(health));
  return Response.json(publicHealth(health), {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
