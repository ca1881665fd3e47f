import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieName } from "@/lib/auth/config";
import { editorFromCookie } from "@/lib/auth/session";
import { env, siteUrl } from "@/lib/env";
import { isDecodable } from "@/lib/http/percent-encoding";
import { wideScreenStylesheetScriptSource } from "@/lib/fonts/wide-screen-stylesheet";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { serverActionRefusal } from "@/lib/http/server-actions";
import { openPreviewLink } from "@/lib/review/links";

// Forged or oversized server-action posts are refused here; otherwise redirects and headers only:
// every admin page, action and route handler checks the session itself.
export async function proxy(request: NextRequest) {
  const serverAction = request.method === "POST" && request.headers.has("next-action");
  if (serverAction) {
    const refusal = serverActionRefusal(request.headers, new URL(siteUrl).host);
    if (refusal) {
      return new NextResponse(refusal.message, {
        status: refusal.status,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
  }
  const { pathname, search } = request.nextUrl;
  if (!isDecodable(pathname)) return NextResponse.rewrite(new URL("/_not-found", request.url));
  // A dead review link is answered here: the page itself streams its frame before it could say 404.
  if (pathname.startsWith("/preview/") && pathname !== "/preview/closed") {
    const link = await openPreviewLink(pathname.slice("/preview/".length));
    return link
      ? NextResponse.next()
      : NextResponse.rewrite(new URL("/preview/closed", request.url));
  }
  if (!pathname.startsWith("/admin")) return NextResponse.next();
  // A page load is checked here, before anything is sent: a workspace page streams its frame
  // first, so its own check (it still makes one) could only send a signed-out browser away from
  // within the page. A server action answers for itself ("로그인이 필요합니다") and keeps the form,
  // also when the cookie is gone (signed out in another tab, expired): a redirect there would
  // replace the form, and what was typed in it, with an error screen.
  const cookie = request.cookies.get(sessionCookieName)?.value;
  const signedIn =
    pathname === "/admin/login" ||
    serverAction ||
    (request.method === "GET" || request.method === "HEAD"
      ? (await editorFromCookie(cookie)) !== null
      : cookie !== undefined);
  if (!signedIn) {
    const login = new URL("/admin/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }

  // A fresh nonce per response: Next adds it to its own scripts, so no inline script runs without it.
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = env.NODE_ENV === "development";
  const policy = contentSecurityPolicy({
    scripts: `'self' 'nonce-${nonce}' 'strict-dynamic' ${wideScreenStylesheetScriptSource}${dev ? " 'unsafe-eval'" : ""}`,
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
    "/preview/:token",
    // A path that is not valid percent-encoded UTF-8 (checked above), not every path with a percent
    // sign: the proxy costs each request it sees, and a Korean tag page's path is all percent
    // signs. Next also matches the decoded path, so a tag with a literal % (100%) comes here
    // too, and is passed on (proxy.test.ts).
    "/((?!(?:[^%]|%[0-7][0-9A-Fa-f]|%[Cc][2-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Dd][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee]0%[ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee][1-9A-Ca-cEeFf](?:%[89ABab][0-9A-Fa-f]){2}|%[Ee][Dd]%[89][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ff]0%[9ABab][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){2}|%[Ff][1-3](?:%[89ABab][0-9A-Fa-f]){3}|%[Ff]4%8[0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){2})*$).*)",
    // A server-action post to any other page (the eligibility check's): checked above too.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
