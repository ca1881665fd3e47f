import { vi } from "vitest";

/**
 * Stands in for the request Next would give a server action: the session cookie the test chose,
 * and no-op cache revalidation and after() (there is no Next server around unit tests).
 * Call vi.mock for "next/headers", "next/cache" and "next/server" with these in the test file.
 */
export const request = { sessionToken: null as string | null };

export const nextHeaders = () => ({
  cookies: async () => ({
    get: (name: string) =>
      request.sessionToken && name.endsWith("next-auth.session-token")
        ? { name, value: request.sessionToken }
        : undefined,
  }),
  headers: async () => new Headers(),
});

export const nextCache = () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  cacheTag: vi.fn(),
  cacheLife: vi.fn(),
});

export const nextServer = () => ({ after: vi.fn() });
