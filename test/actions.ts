import { request } from "./next-request";
import { sessionTokenFor, testUser } from "./session";

type Action<S> = (state: S, formData: FormData) => Promise<unknown>;

/** Signs a new user of this role in for the actions that follow. */
export async function signInAs(role: "admin" | "editor" | "contributor") {
  const user = await testUser(role);
  request.sessionToken = await sessionTokenFor(user);
  return user;
}

/** Calls a server action the way a form would; a redirect comes back as { redirect: url }. */
export async function submit<S>(
  action: Action<S>,
  fields: Record<string, string | string[] | Blob>,
) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) formData.append(key, item);
  }
  try {
    return (await action({ status: "idle" } as S, formData)) as {
      status: string;
      code?: string;
      message: string;
      fieldErrors?: Record<string, string>;
      values?: Record<string, string>;
    };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) {
      return { status: "redirect", message: digest.split(";")[2] ?? "" };
    }
    throw error;
  }
}
