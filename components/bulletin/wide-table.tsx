"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A Markdown table that scrolls sideways when it is wider than the screen; only then is it a
 * named region, focusable so keyboard users can scroll it, with a visible hint.
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
        tabIndex={wide ? 0 : undefined}
        role={wide ? "region" : undefined}
        aria-label={wide ? "옆으로 스크롤되는 표" : undefined}
      >
        <table>{children}</table>
      </div>
    </div>
  );
}
