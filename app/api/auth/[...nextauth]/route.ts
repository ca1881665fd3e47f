import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Context = RouteContext<"/api/auth/[...nextauth]">;

// Options are built per request so `next build` never needs the secret.
function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, authOptions());
}

export { handler as POST };

/** The credentials callback takes a form post only; next-auth throws (a 500) on a GET. */
export async function GET(request: NextRequest, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  if (action === "callback" && provider === "credentials") {
    return Response.json(
      { error: "sign in with a POST of the form at /admin/login" },
      { status: 405, headers: { Allow: "POST" } },
    );
  }
  return handler(request, context);
}
