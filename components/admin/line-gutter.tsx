"use client";

import { useLayoutEffect, useRef, type RefObject } from "react";

/**
 * Line numbers beside the body field, the lines chart errors and the revision diff speak of. A
 * line of Korean prose wraps over several rows, so each number is given the height its line takes
 * in the field — measured on a hidden copy laid out at the field's width — and the numbers scroll
 * with the field.
 */
export function LineGutter({
  text,
  field,
  className,
}: {
  text: string;
  field: RefObject<HTMLTextAreaElement | null>;
  className: string;
}) {
  const numbers = useRef<HTMLDivElement>(null);
  const copy = useRef<HTMLDivElement>(null);
  const lines = text.split("\n");

  useLayoutEffect(() => {
    const area = field.current;
    const gutter = numbers.current;
    const mirror = copy.current;
    if (!area || !gutter || !mirror) return;
    const measure = () => {
      const style = getComputedStyle(area);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      mirror.style.width = `${area.clientWidth - padding}px`;
      // All heights read first, then all written: one layout, not one per line.
      const heights = [...mirror.children].map((line) => (line as HTMLElement).offsetHeight);
      heights.forEach((height, i) => {
        const number = gutter.children[i] as HTMLElement | undefined;
        if (number) number.style.height = `${height}px`;
      });
      gutter.scrollTop = area.scrollTop;
    };
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(area);
    const scrolled = () => {
      gutter.scrollTop = area.scrollTop;
    };
    area.addEventListener("scroll", scrolled);
    return () => {
      resized.disconnect();
      area.removeEventListener("scroll", scrolled);
    };
  }, [text, field]);

  return (
    <>
      <div ref={numbers} aria-hidden="true" className={className}>
        {lines.map((_, i) => (
          <div key={i}>{i + 1}</div>
        ))}
        {/* Room to scroll as far as the field, whose last row sits above its bottom padding. */}
        <div className="h-6" />
      </div>
      <div
        ref={copy}
        aria-hidden="true"
        className="pointer-events-none invisible absolute top-0 left-0 h-0 overflow-hidden font-mono text-sm leading-6 break-words whitespace-pre-wrap"
      >
        {lines.map((line, i) => (
          <div key={i}>{line || "\u200b"}</div>
        ))}
      </div>
    </>
  );
}
