import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, secureCookies, SESSION_MAX_AGE_S } from "./config";
import { editorFromToken } from "./session";
import { authenticate } from "./sign-in";

function clientAddress(headers: Record<string, unknown> | undefined) {
  // The right-most X-Forwarded-For entry is the one added by the proxy in front of the app
  // (Next sets it from the socket when there is none).
  const forwarded = String(headers?.["x-forwarded-for"] ?? "");
  return forwarded.split(",").at(-1)?.trim() || "unknown";
}

/** Built per request, so `next build` never needs the secret. */
export const authOptions = (): NextAuthOptions => ({
  secret: authSecret(),
  useSecureCookies: secureCookies,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  jwt: { maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  providers: [
    CredentialsProvider({
      name: "이메일",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const user = await authenticate(credentials ?? {}, clientAddress(req.headers));
        return {
          id: String(user.id),
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        return {
          ...token,
          uid: Number(user.id),
          role: user.role,
          sessionVersion: user.sessionVersion,
          signedInAt: Date.now(),
        };
      }
      // A disabled account, a changed role or password, or an expired 8 hours ends the session.
      const editor = await editorFromToken(token);
      return editor ? { ...token, role: editor.role } : { revoked: true };
    },
    async session({ session, token }) {
      if (token.revoked || typeof token.uid !== "number") return { expires: session.expires };
      return { ...session, user: { ...session.user, role: token.role } };
    },
  },
});
