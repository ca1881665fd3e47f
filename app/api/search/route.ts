import { search } from "@/lib/search/query";
import { searchRequestSchema } from "@/lib/search/schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const duplicated = [...new Set(params.keys())].filter((key) => params.getAll(key).length > 1);
  if (duplicated.length > 0) {
    return Response.json(
      { error: `parameter given more than once: ${duplicated.join(", ")}` },
      { status: 400 },
    );
  }
  const parsed = searchRequestSchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const message =
      issue.code === "unrecognized_keys"
        ? `unknown parameter: ${issue.keys.join(", ")}`
        : issue.message;
    return Response.json({ error: message }, { status: 400 });
  }
  const result = await search(parsed.data);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
