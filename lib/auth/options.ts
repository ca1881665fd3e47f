import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { authSecret, secureCookies, SESSION_MAX_AGE_S } from "./config";
import { editorFromToken, openEditorSession, revokeEditorSession } from "./session";
import { authenticate } from "./sign-in";

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
        const forwardedFor = req.headers?.["x-forwarded-for"];
        const ip = clientAddress(
          typeof forwardedFor === "string" ? forwardedFor : undefined,
          env.TRUSTED_PROXY_COUNT,
        );
        const user = await authenticate(credentials ?? {}, ip);
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
  events: {
    async signOut({ token }) {
      await revokeEditorSession(token?.sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedInAt = Date.now();
        return {
          ...token,
          uid: Number(user.id),
          role: user.role,
          sessionVersion: user.sessionVersion,
          signedInAt,
          sid: await openEditorSession(Number(user.id), signedInAt),
        };
      }
      // Signing out, a disabled account, a changed role or password, or 8 hours end the session.
      const editor = await editorFromToken(token);
      return editor ? { ...token, role: editor.role } : { revoked: true };
    },
    async session({ session, token }) {
      if (token.revoked || typeof token.uid !== "number") return { expires: session.expires };
      return { ...session, user: { ...session.user, role: token.role } };
    },
  },
});
