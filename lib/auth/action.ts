import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { failedUnexpectedly, typedValues, type FormState } from "@/lib/forms/state";
import { AuthorizationError, requireRole, type Editor, type Role } from "./session";

/** A refusal an action raises on purpose; its message is shown to the editor as it is. */
export class ActionError extends Error {
  name = "ActionError";
  constructor(
    message: string,
    readonly code: "invalid" | "conflict" | "failed" = "failed",
    readonly fieldErrors?: Record<string, string>,
    readonly latestVersion?: number,
  ) {
    super(message);
  }
}

/** Which role every action needs; the authorization matrix test reads it to call each one. */
export const actionRoles = new WeakMap<object, Role>();

/** The input of an action whose form sends no fields (a button). */
export const noInput = z.object({});

function valuesOf(formData: FormData) {
  const values: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    values[key] = all.length > 1 ? all : all[0];
  }
  return values;
}

function fieldErrorsOf(error: z.ZodError) {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

/**
 * Every server action opens the same way: authorise (before reading any input), parse the form
 * with zod, then run. Refusals come back as a typed state the form shows next to its fields.
 */
export function formAction<S extends z.ZodType, R extends FormState = FormState>(
  role: Role,
  schema: S,
  run: (input: z.output<S>, editor: Editor) => Promise<R>,
) {
  const action = async (_previous: R | FormState, formData: FormData): Promise<R | FormState> => {
    // Echoed on every refusal, so a form whose session ended still shows what was typed.
    const values = typedValues(formData);
    let editor: Editor;
    try {
      editor = await requireRole(role);
    } catch (error) {
      if (error instanceof AuthorizationError)
        return { status: "error", code: error.reason, message: error.message, values };
      throw error;
    }
    const parsed = schema.safeParse(formData instanceof FormData ? valuesOf(formData) : undefined);
    if (!parsed.success) {
      return {
        status: "error",
        code: "invalid",
        message: "입력한 내용을 확인하세요.",
        fieldErrors: fieldErrorsOf(parsed.error),
        values,
      };
    }
    try {
      return await run(parsed.data, editor);
    } catch (error) {
      if (error instanceof ActionError)
        return {
          status: "error",
          code: error.code,
          message: error.message,
          fieldErrors: error.fieldErrors,
          values,
          latestVersion: error.latestVersion,
        };
      // A redirect or notFound() is how an action ends on purpose, not a failure.
      unstable_rethrow(error);
      // Anything else (the database unreachable, a bug): the form keeps what was typed and says
      // so, instead of the workspace's error page replacing it.
      console.error("server action failed", error);
      return { ...failedUnexpectedly("server"), values };
    }
  };
  actionRoles.set(action, role);
  return action;
}
