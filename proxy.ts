import { NextResponse, type NextRequest } from "next/server";
import { siteUrl } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { serverActionRefusal } from "@/lib/http/server-actions";

// Forged or oversized server-action posts are refused here; otherwise redirects and headers only:
// every admin page, action and route handler checks the session itself.
export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = serverActionRefusal(request.headers, new URL(siteUrl).host);
    if (refusal) {
      return new NextResponse(refusal.message, {
        status: refusal.status,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
  }
  const { pathname, search } = request.nextUrl;
  if (!pathname.startsWith("/admin")) return NextResponse.next();
  const signedIn = request.cookies
    .getAll()
    .some((cookie) => cookie.name.endsWith("next-auth.session-token"));
  if (!signedIn && pathname !== "/admin/login") {
    const login = new URL("/admin/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }

  // A fresh nonce per response: Next adds it to its own scripts, so no inline script runs without it.
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const policy = contentSecurityPolicy({
    scripts: `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    images: "'self' blob: data:",
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    // A server-action post to any other page: refused above, as there are none outside /admin.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
