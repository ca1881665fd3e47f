import { siteUrl } from "@/lib/env";
import { deadlineEvent } from "@/lib/programs/calendar";
import { getPublishedProgram } from "@/lib/programs/queries";
import { programPath } from "@/lib/routes/public";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/programs/[id]/deadline.ics">,
) {
  const { id } = await params;
  const program = await getPublishedProgram(id);
  if (!program) return Response.json({ error: `no published program "${id}"` }, { status: 404 });
  const event = deadlineEvent(program, new URL(programPath(program), siteUrl).toString());
  if (!event)
    return Response.json({ error: `program "${id}" has no application deadline` }, { status: 404 });
  return new Response(event, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${program.externalId}-deadline.ics"`,
    },
  });
}
