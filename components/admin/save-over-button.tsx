"use client";

import { useRef } from "react";
import { flushSync } from "react-dom";
import { useFormState } from "./action-form";

/**
 * After a save refused because another was made first: saves this screen's values over the newer
 * version once the editor confirms `question`. `choose` puts that version in the form's version
 * field, which must hold it before the form is sent.
 */
export function SaveOverButton({
  question,
  choose,
  children,
}: {
  question: string;
  choose: () => void;
  children: React.ReactNode;
}) {
  const { pending } = useFormState();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <button
      ref={button}
      type="button"
      disabled={pending}
      onClick={() => {
        if (!window.confirm(question)) return;
        // Taken first: the box holding this button may go once the field holds the version.
        const form = button.current?.form;
        flushSync(choose);
        form?.requestSubmit();
      }}
      className="mt-2 min-h-11 rounded-md bg-amber-700 px-4 font-bold text-white disabled:opacity-60"
    >
      {children}
    </button>
  );
}
