import type { Page } from "@playwright/test";

/**
 * Answers the page's next dialog (a confirm before leaving, saving or publishing) and keeps what
 * it asked; `message` stays "" when none came.
 */
export function answerNextDialog(page: Page, answer: "accept" | "dismiss") {
  const asked = { message: "" };
  page.once("dialog", (dialog) => {
    asked.message = dialog.message();
    return dialog[answer]();
  });
  return asked;
}
