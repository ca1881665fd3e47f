"use client";

import { useEffect, useSyncExternalStore } from "react";

// One polite live region for the catalogs' result counts, kept by the site layout. A catalog
// opened with no query is a route of its own (lib/routes/catalog-views.ts), so its first filter
// shows another page's results; a live region that arrives already filled is not read, and this
// one stays while pages change under it.

const listeners = new Set<() => void>();
let message = "";
let pageLoaded = false;
/** When a results page link (data-results-page) was followed: the new page takes the focus. */
let pagedAt = 0;
const PAGING_MS = 10_000;

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
  if ((event.target as Element | null)?.closest?.("[data-results-page]")) pagedAt = Date.now();
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
 * Says what a catalog's results now are, after a filter, a search or a page change; not on the
 * page load itself, which a screen reader reads whole. After a page change the results' heading
 * takes the focus, as the link followed is gone or far below.
 */
export function AnnounceResults({ text, headingId }: { text: string; headingId: string }) {
  useEffect(() => {
    if (!pageLoaded) {
      pageLoaded = true;
      return;
    }
    announce(text);
    if (Date.now() - pagedAt < PAGING_MS) {
      pagedAt = 0;
      document.getElementById(headingId)?.focus();
    }
  }, [text, headingId]);
  return null;
}
