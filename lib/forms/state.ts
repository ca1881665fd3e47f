// Shared by server actions and the forms that show their results.

export type FormState =
  | { status: "idle" }
  | {
      status: "ok";
      message: string;
      // The version a save made: the form's values are that version now.
      savedVersion?: number;
    }
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

/** What was typed into a form, to show it again after a refusal. */
export function typedValues(formData: FormData | undefined) {
  if (!(formData instanceof FormData)) return undefined;
  const values: Record<string, string> = {};
  // A typed password never travels back to the browser. A checkbox group's values are joined.
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((value) => typeof value === "string");
    if (key !== "password" && all.length > 0) values[key] = all.join(",");
  }
  return values;
}

/**
 * An action that failed for a reason no check foresaw: on the server (it may have saved part, so
 * it does not say nothing changed), or on the way there (the request never got an answer).
 */
export function failedUnexpectedly(where: "server" | "network") {
  return {
    status: "error",
    code: "failed",
    message:
      where === "server"
        ? "처리 중 서버에서 문제가 생겼습니다. 일부가 저장되었을 수 있으니 새 탭에서 확인한 뒤 다시 시도하세요. 입력한 내용은 그대로 두었습니다."
        : "서버에 연결하지 못했습니다. 입력한 내용은 그대로 두었습니다. 연결을 확인한 뒤 다시 시도하세요.",
  } as const satisfies FormState;
}
