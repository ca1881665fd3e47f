"use client";

import { useId, useState } from "react";

/** A value to paste elsewhere: shown read-only, with a button that copies it. */
export function CopyField({
  label,
  value,
  labelHidden = false,
}: {
  label: string;
  value: string;
  labelHidden?: boolean;
}) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <label
        htmlFor={id}
        className={labelHidden ? "sr-only" : "block text-sm font-bold text-slate-800"}
      >
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 text-sm"
        />
        <button
          type="button"
          onClick={async () => {
            // The clipboard is there on https and localhost only; elsewhere the field stays selectable.
            await navigator.clipboard?.writeText(value);
            setCopied(navigator.clipboard !== undefined);
          }}
          className="min-h-11 shrink-0 rounded-md border border-slate-300 bg-white px-3 text-sm font-bold"
        >
          {copied ? "복사함" : "복사"}
        </button>
      </div>
    </div>
  );
}
