"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

const TYPING_DELAY_MS = 300;
// Typed filters (hours, dates) apply once the resident pauses, not at every digit.
const typedFilterTypes = new Set(["search", "number", "date"]);

/**
 * Puts the controls back in step with the URL after a navigation: a chip removed, "모두 지우기",
 * a column header or Back change the URL, but React only moves the defaults of uncontrolled
 * controls, so a box ticked earlier would stay ticked and be sent again. The focused control is
 * the one the resident is using, so it is left alone; the phone's sheet toggle is not a filter.
 */
function syncControls(form: HTMLFormElement) {
  for (const element of form.elements) {
    if (element === document.activeElement) continue;
    if (element instanceof HTMLInputElement && !element.hasAttribute("data-drawer-toggle")) {
      if (element.type === "checkbox" || element.type === "radio")
        element.checked = element.defaultChecked;
      else if (element.type !== "hidden") element.value = element.defaultValue;
    } else if (element instanceof HTMLSelectElement && element.dataset.value !== undefined) {
      element.value = element.dataset.value;
    }
  }
}

function queryOf(form: HTMLFormElement) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
  }
  return params;
}

/**
 * A GET form that works as one without JavaScript, and with it updates the URL as the resident
 * types or ticks a filter, so the server renders the new results without a full reload.
 */
export function AutoSubmitForm({
  action,
  query,
  id,
  className,
  children,
}: {
  action: string;
  /** The query string the page was rendered for: the server's, so cached pages can carry it. */
  query: string;
  id?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (formRef.current) syncControls(formRef.current);
  }, [query]);

  const go = (form: HTMLFormElement, mode: "push" | "replace") => {
    if (typing.current) clearTimeout(typing.current);
    const query = queryOf(form).toString();
    const href = query ? `${action}?${query}` : action;
    startTransition(() => router[mode](href, { scroll: false }));
  };

  return (
    <form
      ref={formRef}
      id={id}
      action={action}
      className={className}
      data-pending={pending ? "" : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        // Submitting ("결과 보기") also closes the phone's filter sheet.
        event.currentTarget
          .querySelectorAll<HTMLInputElement>("input[data-drawer-toggle]")
          .forEach((toggle) => (toggle.checked = false));
        go(event.currentTarget, "push");
      }}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        // Controls that belong to another form (the compare picker) are not filters.
        if (target.form !== event.currentTarget) return;
        // Typed fields apply after a pause (below); other controls when they change.
        if (!typedFilterTypes.has(target.type)) {
          go(event.currentTarget, "push");
        }
      }}
      onInput={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        if (target.form !== event.currentTarget || !typedFilterTypes.has(target.type)) return;
        const form = event.currentTarget;
        if (typing.current) clearTimeout(typing.current);
        // Each search keystroke replaces the entry; a typed filter is a step Back can undo.
        const mode = target.type === "search" ? "replace" : "push";
        typing.current = setTimeout(() => go(form, mode), TYPING_DELAY_MS);
      }}
    >
      {children}
    </form>
  );
}
