"use client";

import { useEffect } from "react";

const LEAVE_MESSAGE =
  "저장하지 않은 변경이 있습니다. 이 화면을 떠나면 사라집니다. 그래도 떠날까요?";

/**
 * While `active`, leaving asks first: a closed tab or a reload (the browser's own question) and an
 * in-app link, which navigates without unloading the page. <html> carries a mark meanwhile, so
 * the publication panel can ask before publishing the saved version over what is on screen.
 */
export function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    const leaveByLink = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (
        !(link instanceof HTMLAnchorElement) ||
        link.target === "_blank" ||
        event.defaultPrevented ||
        link.origin !== window.location.origin ||
        // A jump within this page (a skip link, a footnote) leaves nothing.
        (link.hash !== "" &&
          link.pathname === window.location.pathname &&
          link.search === window.location.search)
      )
        return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", leaveByLink, { capture: true });
    document.documentElement.dataset.unsavedChanges = "true";
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", leaveByLink, { capture: true });
      delete document.documentElement.dataset.unsavedChanges;
    };
  }, [active]);
}
