"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";

const SHEET_EVENT = "filter-sheet";
const focusable =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), [tabindex="0"]';

const noSubscription = () => () => {};

/** Opens or closes a sheet from code (the catalog form), as a tap on its toggle would. */
export function setSheetOpen(toggle: HTMLInputElement, open: boolean) {
  if (toggle.checked === open) return;
  toggle.checked = open;
  toggle.dispatchEvent(new Event(SHEET_EVENT));
}

/**
 * On phones the filters open as a bottom sheet from a button; on wide screens they are a sidebar.
 * A checkbox drives it so it opens and closes before and without JavaScript; it has no name, so
 * it is never submitted with the form. With JavaScript its label gives way to a real button that
 * says whether the sheet is expanded, and the open sheet is a modal dialog: focus moves into it
 * and stays there, Escape and 닫기 close it and focus goes back to the button.
 */
export function FilterDrawer({
  idPrefix,
  activeCount,
  children,
}: {
  /** Unique per catalog: a catalog visited before stays in the page, hidden, after navigating. */
  idPrefix: string;
  activeCount: number;
  children: React.ReactNode;
}) {
  const toggle = `${idPrefix}-filters-open`;
  const panel = `${idPrefix}-filter-panel`;
  const heading = useId();
  const toggleRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  // False in the server's HTML and until hydration, true after: the label works without scripts.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const box = toggleRef.current!;
    const sheet = panelRef.current!;
    // The panel is a sheet only on phones (fixed); on wide screens it is the sidebar.
    const isSheet = () => getComputedStyle(sheet).position === "fixed";
    const items = () =>
      [...sheet.querySelectorAll<HTMLElement>(focusable)].filter(
        (item) => item.getClientRects().length > 0,
      );
    // The dialog's role follows the sheet's state: a catalog form shown by a navigation opens
    // its sheet before this effect runs, so the state is read again here on mount.
    const mark = () => {
      setOpen(box.checked);
      const open = box.checked && isSheet();
      if (open) {
        sheet.setAttribute("role", "dialog");
        sheet.setAttribute("aria-modal", "true");
        sheet.setAttribute("aria-labelledby", heading);
      } else {
        sheet.removeAttribute("role");
        sheet.removeAttribute("aria-modal");
        sheet.removeAttribute("aria-labelledby");
      }
      return open;
    };
    // Focus left in a sheet that closes goes back to its toggle; a sidebar keeps it.
    const close = () => {
      const wasOpen = sheet.hasAttribute("aria-modal");
      mark();
      if (wasOpen && sheet.contains(document.activeElement))
        (openerRef.current ?? box).focus({ preventScroll: true });
    };
    const onChange = () => {
      if (!box.checked) close();
      else if (mark()) items()[0]?.focus();
    };
    const onSheet = () => (box.checked ? mark() : close());
    const onKeyDown = (event: KeyboardEvent) => {
      if (!box.checked || !isSheet()) return;
      if (event.key === "Escape") {
        event.preventDefault();
        box.checked = false;
        close();
      } else if (event.key === "Tab") {
        const all = items();
        const first = all[0];
        const last = all.at(-1);
        const active = document.activeElement;
        if (!first || !last) return;
        if (!sheet.contains(active) || (event.shiftKey ? active === first : active === last)) {
          event.preventDefault();
          (event.shiftKey ? last : first).focus();
        }
      }
    };
    mark();
    box.addEventListener("change", onChange);
    box.addEventListener(SHEET_EVENT, onSheet);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      box.removeEventListener("change", onChange);
      box.removeEventListener(SHEET_EVENT, onSheet);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [heading]);

  const openerClass =
    "flex min-h-11 w-full cursor-pointer items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white font-bold md:hidden";
  const openerText = (
    <>
      필터
      {activeCount > 0 && (
        <>
          {" "}
          <span className="bg-brand-700 rounded-full px-2 text-sm text-white">{activeCount}</span>
          <span className="sr-only">개 적용</span>
        </>
      )}
    </>
  );
  return (
    <div>
      <input
        ref={toggleRef}
        id={toggle}
        type="checkbox"
        data-drawer-toggle
        aria-label={activeCount > 0 ? `필터 열기 (적용한 필터 ${activeCount}개)` : "필터 열기"}
        className="peer sr-only md:hidden"
        aria-controls={panel}
        // The button below speaks for it once scripts run.
        tabIndex={enhanced ? -1 : undefined}
        aria-hidden={enhanced || undefined}
      />
      {enhanced ? (
        <button
          ref={openerRef}
          type="button"
          data-filter-opener
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => toggleRef.current?.click()}
          className={`${openerClass} focus-visible:outline-brand-600 focus-visible:outline-2`}
        >
          {openerText}
        </button>
      ) : (
        <label
          htmlFor={toggle}
          data-filter-opener
          className={`${openerClass} peer-focus-visible:outline-brand-600 peer-focus-visible:outline-2`}
        >
          {openerText}
        </label>
      )}
      <div
        ref={panelRef}
        id={panel}
        // As a sheet: a header and the submit with the filters scrolling between them, so no
        // filter sits half under a floating button.
        className="hidden peer-checked:fixed peer-checked:inset-x-0 peer-checked:bottom-0 peer-checked:z-50 peer-checked:flex peer-checked:max-h-[85dvh] peer-checked:flex-col peer-checked:rounded-t-2xl peer-checked:bg-white peer-checked:p-4 peer-checked:shadow-2xl md:block"
      >
        <div className="mb-2 flex items-center justify-between md:hidden">
          {/* The dialog's name: what it is and how many filters are in force. */}
          <p id={heading} className="text-lg font-bold">
            필터{" "}
            {activeCount > 0 && (
              <span className="ml-2 text-sm font-normal text-slate-600">{activeCount}개 적용</span>
            )}
          </p>
          {/* A label closes the sheet without JavaScript; with it, it is a button to Tab to. */}
          <label
            htmlFor={toggle}
            role="button"
            tabIndex={0}
            onKeyDown={(event) => {
              if (event.key !== "Enter" && event.key !== " ") return;
              event.preventDefault();
              toggleRef.current?.click();
            }}
            className="text-brand-700 focus-visible:outline-brand-600 flex min-h-11 cursor-pointer items-center px-3 font-bold focus-visible:outline-2"
          >
            닫기
          </label>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto md:overflow-visible">{children}</div>
        <div className="bg-white pt-3 pb-1">
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-900 min-h-11 w-full rounded-lg font-bold text-white"
          >
            결과 보기
          </button>
        </div>
      </div>
      <label
        htmlFor={toggle}
        aria-hidden="true"
        className="fixed inset-0 z-40 hidden bg-slate-900/40 peer-checked:block md:peer-checked:hidden"
      />
    </div>
  );
}
