import { AuthorizationError, requireRole } from "@/lib/auth/session";
import { knownTags } from "@/lib/tags/known";

/** The tags in use, for the suggestions under a 태그 field (components/admin/tag-field.tsx). */
export async function GET() {
  try {
    await requireRole("contributor");
  } catch (error) {
    if (error instanceof AuthorizationError) return new Response(error.message, { status: 401 });
    throw error;
  }
  return Response.json({ tags: await knownTags() }, { headers: { "Cache-Control": "no-store" } });
}
