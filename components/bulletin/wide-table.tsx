"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A Markdown table in a region that scrolls sideways when the table is wider than the screen,
 * focusable so keyboard users can scroll it, with a visible hint only when there is more to see.
 */
export function WideTable({ children }: { children: React.ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const measure = () => setWide(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <div className="my-4">
      {wide && (
        <p className="mb-1 text-xs text-slate-600" aria-hidden="true">
          표가 화면보다 넓습니다. 옆으로 밀어 나머지를 보세요. →
        </p>
      )}
      <div
        ref={region}
        className="relative overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label={wide ? "표 (옆으로 스크롤)" : "표"}
      >
        <table>{children}</table>
      </div>
    </div>
  );
}
