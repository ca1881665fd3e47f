import { timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import { cronToken } from "@/lib/auth/config";
import { publishDueSchedules } from "@/lib/bulletin/schedule";
import { drainSearchOutbox } from "@/lib/search/outbox";

function authorized(request: Request) {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${cronToken()}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// Called by the app's own timer (lib/background.ts): publishing here, inside a request, lets the
// cached public pages be revalidated the moment a schedule comes due.
export async function POST(request: Request) {
  if (!authorized(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  const published = await publishDueSchedules();
  if (published > 0) {
    revalidatePath("/", "layout");
    await drainSearchOutbox().catch(() => undefined);
  }
  return Response.json({ published });
}
