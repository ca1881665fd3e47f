"use server";

import { todayInSeoul } from "@/lib/dates/dates";
import { checkResidentEligibility, type EligibilityResult } from "./check";
import { checkAnswersSchema, type CheckAnswers } from "./eligibility";

export type EligibilityCheckState =
  | { status: "idle" }
  | { status: "ok"; answers: CheckAnswers; result: EligibilityResult }
  | {
      status: "error";
      message: string;
      fieldErrors: Record<string, string>;
      /** What was typed, to fill the form again (sent back to the same browser only). */
      values: Record<string, string[]>;
    };

/**
 * The residents' quick check. Public on purpose: it reads published records only and writes
 * nothing. It is a POST (a server action, so it also works without JavaScript) rather than a
 * query string, so age, residence and income never land in addresses, history or access logs;
 * the answers live only in this request and the page it returns.
 */
const answerFields = ["age", "residence", "statuses", "householdSize", "incomeBand"] as const;
/** Longer than any answer the form offers; what is echoed back is cut to it. */
const MAX_ECHOED_LENGTH = 40;

export async function checkEligibilityAction(
  _previous: EligibilityCheckState,
  formData: FormData,
): Promise<EligibilityCheckState> {
  const parsed = checkAnswersSchema.safeParse({
    age: formData.get("age"),
    residence: formData.get("residence"),
    statuses: formData.getAll("statuses"),
    householdSize: formData.get("householdSize"),
    incomeBand: formData.get("incomeBand"),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    // The form's own fields only, each cut short: anything else a request carries would be sent
    // back twice over (the page and its payload), however large.
    const values: Record<string, string[]> = {};
    for (const key of answerFields)
      values[key] = formData
        .getAll(key)
        .filter((value) => typeof value === "string")
        .slice(0, 20)
        .map((value) => value.slice(0, MAX_ECHOED_LENGTH));
    return { status: "error", message: "입력한 내용을 확인하세요.", fieldErrors, values };
  }
  return {
    status: "ok",
    answers: parsed.data,
    result: await checkResidentEligibility(parsed.data, todayInSeoul()),
  };
}
