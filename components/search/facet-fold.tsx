"use client";

import { useState } from "react";

/**
 * The folded tail of a long facet. A native disclosure, so it opens without JavaScript; with it,
 * the resident's open or closed choice survives the result updates that re-render the filters.
 */
export function FacetFold({
  count,
  initiallyOpen,
  children,
}: {
  count: number;
  initiallyOpen: boolean;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="group" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="text-brand-700 flex min-h-11 cursor-pointer items-center px-1 text-sm font-bold md:min-h-9">
        <span className="group-open:hidden">{count}개 더 보기</span>
        <span className="hidden group-open:inline">접기</span>
      </summary>
      {children}
    </details>
  );
}
