import { z } from "zod";
import { AuthorizationError, requireEditor } from "@/lib/auth/session";
import { catalogEntities } from "@/lib/catalog/entities";
import { importTemplate } from "@/lib/import/template";

const query = z.object({ entity: z.enum(catalogEntities) });

/** An empty CSV with the columns an import reads, to fill in a spreadsheet. */
export async function GET(request: Request) {
  try {
    await requireEditor();
  } catch (error) {
    if (error instanceof AuthorizationError) return new Response(error.message, { status: 401 });
    throw error;
  }
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response("entity must be course or program", { status: 400 });
  const { fileName, csv } = importTemplate(parsed.data.entity);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
