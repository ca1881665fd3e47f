import { encode } from "next-auth/jwt";
import { generatePassword } from "@/lib/auth/password";
import { openEditorSession } from "@/lib/auth/session";
import { createUser } from "@/lib/users/accounts";

/** The session cookie next-auth would set for this user (same claims as lib/auth/options.ts). */
export async function sessionTokenFor(
  user: { id: number; role: "admin" | "editor" | "contributor"; sessionVersion: number },
  signedInAt = Date.now(),
) {
  const sid = await openEditorSession(user.id, signedInAt);
  return encode({
    token: { uid: user.id, role: user.role, sessionVersion: user.sessionVersion, signedInAt, sid },
    secret: process.env.NEXTAUTH_SECRET!,
  });
}

let counter = 0;

export async function testUser(role: "admin" | "editor" | "contributor") {
  counter += 1;
  return createUser(
    { email: `${role}${counter}-${Date.now()}@example.com`, name: `${role} ${counter}`, role },
    generatePassword(),
  );
}
