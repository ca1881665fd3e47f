"use client";

import { useRouter } from "next/navigation";
import { setSheetOpen } from "./filter-drawer";
import { noteCatalogNavigation } from "./results-announcer";
import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, useTransition } from "react";

const TYPING_DELAY_MS = 300;
// A select stepped through with the arrow keys changes at each key: one search for where it stops.
const CHOICE_DELAY_MS = 500;
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

const drawerToggles = (form: HTMLFormElement) => [
  ...form.querySelectorAll<HTMLInputElement>("input[data-drawer-toggle]"),
];

/**
 * What the resident was doing in a catalog form when it navigated. A catalog opened with no query
 * is served by a static route of its own (lib/routes/catalog-views.ts), so a navigation from it
 * shows the query route's form in place of this one (and one back to /courses may show it again);
 * the form shown takes these over, so the focus, the caret, words typed while the results loaded
 * and the open filter sheet do not jump. Set by each navigation, cleared once it is shown.
 */
type Carried = {
  form: HTMLFormElement;
  action: string;
  at: number;
  focused: Element | null;
  sheetOpen: boolean[];
};
let carried: Carried | null = null;
const CARRY_MS = 10_000;

function controlLike(form: HTMLFormElement, old: Element | null) {
  if (!(old instanceof HTMLInputElement || old instanceof HTMLSelectElement)) return null;
  return (
    [...form.elements].find(
      (element): element is HTMLInputElement | HTMLSelectElement =>
        (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) &&
        element.name === old.name &&
        element.type === old.type &&
        (old.type !== "checkbox" && old.type !== "radio" ? true : element.value === old.value),
    ) ?? null
  );
}

/** Takes over a carried form's open sheet, typed text, focus and caret; true if text changed. */
function takeOver(from: Carried, form: HTMLFormElement) {
  drawerToggles(form).forEach((toggle, i) => setSheetOpen(toggle, from.sheetOpen[i] ?? false));
  const old = from.focused;
  const control = controlLike(form, old);
  if (!control) return false;
  let typed = false;
  if (control instanceof HTMLInputElement && old instanceof HTMLInputElement) {
    if (typedFilterTypes.has(control.type)) {
      // Typed while the results loaded: words this form was not rendered for (its default value
      // is the page's query). Not its current value: a form shown again by Next's Activity still
      // holds what it showed before, until syncControls runs, and taking that for typing sent
      // the same search again 300 ms later, cancelling a result the resident had tapped.
      typed = old.value !== control.defaultValue;
      control.value = old.value;
    }
    control.focus({ preventScroll: true });
    if (control.type === "search" && old.selectionStart !== null)
      control.setSelectionRange(old.selectionStart, old.selectionEnd);
  } else {
    control.focus({ preventScroll: true });
  }
  return typed;
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
  useEffect(() => {
    // This form's navigation ended with this form still shown: nothing for another to take over.
    if (!pending && carried?.form === formRef.current) carried = null;
  }, [pending]);

  // Offline, Next would fall back to loading the URL as a document and show the browser's error
  // page in place of the catalog; the form waits instead and searches once the connection is back.
  const [offline, setOffline] = useState(false);
  const waiting = useRef<"push" | "replace" | null>(null);

  const go = (form: HTMLFormElement, mode: "push" | "replace") => {
    if (typing.current) clearTimeout(typing.current);
    if (!navigator.onLine) {
      setOffline(true);
      // A push waiting is kept over a replace: Back should still undo the filter.
      waiting.current = waiting.current === "push" ? "push" : mode;
      return;
    }
    const query = queryOf(form).toString();
    const href = query ? `${action}?${query}` : action;
    carried = {
      form,
      action,
      at: Date.now(),
      focused: form.contains(document.activeElement) ? document.activeElement : null,
      sheetOpen: drawerToggles(form).map((toggle) => toggle.checked),
    };
    noteCatalogNavigation();
    startTransition(() => router[mode](href, { scroll: false }));
  };

  const searchWaiting = useEffectEvent(() => {
    setOffline(false);
    const mode = waiting.current;
    waiting.current = null;
    if (mode && formRef.current) go(formRef.current, mode);
  });
  useEffect(() => {
    window.addEventListener("online", searchWaiting);
    return () => window.removeEventListener("online", searchWaiting);
  }, []);

  // A form shown by that navigation takes over from the one it replaces, before it is painted,
  // so an open filter sheet does not close and reopen. A form hidden by a navigation closes its
  // sheet: shown again later (Back, or a link to the unfiltered catalog), it must not cover the
  // page.
  useLayoutEffect(() => {
    const form = formRef.current;
    const from = carried;
    if (form && from && from.form !== form && from.action === action) {
      carried = null;
      if (Date.now() - from.at <= CARRY_MS && takeOver(from, form)) {
        // Words typed while the results loaded are searched too.
        typing.current = setTimeout(() => go(form, "replace"), TYPING_DELAY_MS);
      }
    }
    return () => {
      if (form) drawerToggles(form).forEach((toggle) => setSheetOpen(toggle, false));
    };
    // Runs when the form is shown (mounted, or shown again by Next's Activity), not per render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
        drawerToggles(event.currentTarget).forEach((toggle) => setSheetOpen(toggle, false));
        go(event.currentTarget, "push");
      }}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        // Controls that belong to another form (the compare picker) are not filters, nor is the
        // phone's sheet toggle.
        if (target.form !== event.currentTarget || target.hasAttribute("data-drawer-toggle"))
          return;
        // Typed fields apply after a pause (below), a select once it rests; other controls when
        // they change.
        if (typedFilterTypes.has(target.type)) return;
        const form = event.currentTarget;
        if (target.type === "select-one") {
          if (typing.current) clearTimeout(typing.current);
          typing.current = setTimeout(() => go(form, "push"), CHOICE_DELAY_MS);
          return;
        }
        go(form, "push");
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
      {offline && (
        <p
          role="status"
          className="fixed inset-x-3 top-3 z-50 mx-auto max-w-xl rounded-lg bg-slate-900 p-3 text-white shadow-lg"
        >
          인터넷에 연결되어 있지 않아 결과를 새로 불러오지 못했습니다. 연결되면 바로 다시 찾습니다.
        </p>
      )}
    </form>
  );
}
