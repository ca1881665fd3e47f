"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";

// One polite live region for the catalogs' result counts, kept by the site layout. A catalog
// opened with no query is a route of its own (lib/routes/catalog-views.ts), so its first filter
// shows another page's results; a live region that arrives already filled is not read, and this
// one stays while pages change under it.

const listeners = new Set<() => void>();
let message = "";
/** The address of the results page whose link (data-results-page) was followed. */
let pagedTo: string | null = null;
/** When a catalog form last asked for results (a filter, a search, a sort). */
let catalogNavigationAt = 0;
const NAVIGATION_MS = 10_000;

function announce(text: string) {
  // The same words again (a filter that finds as many) change the region all the same.
  message = message === text ? `${text}\u00a0` : text;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notePaging(event: MouseEvent) {
  // A link opened in another tab or window leaves this page as it is.
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = (event.target as Element | null)?.closest?.("a[data-results-page]");
  if (link instanceof HTMLAnchorElement) pagedTo = link.href;
}

/** Told by a catalog form as it asks for new results: the results it brings are news. */
export function noteCatalogNavigation() {
  catalogNavigationAt = Date.now();
}

export function ResultsAnnouncer() {
  const text = useSyncExternalStore(
    subscribe,
    () => message,
    () => "",
  );
  useEffect(() => {
    document.addEventListener("click", notePaging, { capture: true });
    return () => document.removeEventListener("click", notePaging, { capture: true });
  }, []);
  return (
    <p aria-live="polite" aria-atomic="true" className="sr-only">
      {text}
    </p>
  );
}

/**
 * Says what a catalog's results now are after a filter, a search or a page change, including when
 * the first filter shows another route's catalog; not when a page is loaded or reached by a link
 * or Back, which a screen reader reads from its title. After a page change the results' heading
 * takes the focus, as the link followed is gone or far below.
 */
export function AnnounceResults({ text, headingId }: { text: string; headingId: string }) {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const previous = shown.current;
    shown.current = text;
    const paged = pagedTo !== null && pagedTo === location.href;
    if (paged) pagedTo = null;
    const asked = Date.now() - catalogNavigationAt < NAVIGATION_MS;
    if (!paged && !asked && (previous === null || previous === text)) return;
    announce(text);
    if (paged) document.getElementById(headingId)?.focus();
  }, [text, headingId]);
  return null;
}
