// Shared by server actions and the forms that show their results.

export type FormState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | {
      status: "error";
      code: "unauthenticated" | "forbidden" | "invalid" | "conflict" | "failed";
      message: string;
      fieldErrors?: Record<string, string>;
      // What the editor typed, so a refused form comes back filled in.
      values?: Record<string, string>;
      // A conflict's version saved meanwhile: the editor may save their text over it.
      latestVersion?: number;
    };

export const idle: FormState = { status: "idle" };
