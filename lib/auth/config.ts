import "server-only";
import { env, siteUrl } from "@/lib/env";

export const SESSION_MAX_AGE_S = 8 * 60 * 60;

// next-auth marks cookies Secure (and adds the __Secure- prefix) when the site is served over https.
export const secureCookies = siteUrl.startsWith("https://");
export const sessionCookieName = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;

export function authSecret() {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set");
  return env.NEXTAUTH_SECRET;
}
