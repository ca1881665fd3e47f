import { request, type Cookie } from "@playwright/test";
import { e2eAccounts, e2ePassword } from "./accounts";

// Signing in through the form costs the sign-in page, a password hash check and the dashboard:
// 6–10 s a test on a loaded two-core host. The tests about signing in use the form (signIn in
// ./admin.ts); the others open the workspace with a session the global setup signed in once.

const workspaceAccounts = [e2eAccounts.admin, e2eAccounts.editor, e2eAccounts.contributor] as const;
export type WorkspaceAccount = (typeof workspaceAccounts)[number];

/** Signs each workspace account in through next-auth's own endpoints; their cookies, as JSON. */
export async function openSessions(baseURL: string) {
  const sessions: Partial<Record<WorkspaceAccount, Cookie[]>> = {};
  for (const email of workspaceAccounts) {
    const api = await request.newContext({ baseURL });
    try {
      const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as {
        csrfToken: string;
      };
      await api.post("/api/auth/callback/credentials", {
        form: { csrfToken, email, password: e2ePassword, json: "true" },
      });
      const { cookies } = await api.storageState();
      if (!cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token")))
        throw new Error(`the global setup could not sign ${email} in`);
      sessions[email] = cookies;
    } finally {
      await api.dispose();
    }
  }
  return JSON.stringify(sessions);
}

/** The cookies of an account's session opened by the global setup (E2E_SESSIONS). */
export function sessionCookies(email: WorkspaceAccount): Cookie[] {
  const sessions = JSON.parse(process.env.E2E_SESSIONS ?? "{}") as Record<string, Cookie[]>;
  const cookies = sessions[email];
  if (!cookies) throw new Error(`no session for ${email}: is the global setup running?`);
  return cookies;
}
