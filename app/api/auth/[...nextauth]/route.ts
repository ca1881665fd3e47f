import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per request so `next build` never needs the secret.
function handler(request: NextRequest, context: RouteContext<"/api/auth/[...nextauth]">) {
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
