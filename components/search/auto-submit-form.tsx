"use client";

import { useRouter } from "next/navigation";
import { useRef, useTransition } from "react";

const TYPING_DELAY_MS = 300;

function queryOf(form: HTMLFormElement) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
  }
  return params;
}

/**
 * A GET form that works as one without JavaScript, and with it updates the URL as the resident
 * types or ticks a filter, so the server renders the new results without a full reload.
 */
export function AutoSubmitForm({
  action,
  id,
  className,
  children,
}: {
  action: string;
  id?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);

  const go = (form: HTMLFormElement, mode: "push" | "replace") => {
    if (typing.current) clearTimeout(typing.current);
    const query = queryOf(form).toString();
    const href = query ? `${action}?${query}` : action;
    startTransition(() => router[mode](href, { scroll: false }));
  };

  return (
    <form
      id={id}
      action={action}
      className={className}
      data-pending={pending ? "" : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        // Submitting ("결과 보기") also closes the phone's filter sheet.
        event.currentTarget
          .querySelectorAll<HTMLInputElement>("input[data-drawer-toggle]")
          .forEach((toggle) => (toggle.checked = false));
        go(event.currentTarget, "push");
      }}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        // Controls that belong to another form (the compare picker) are not filters.
        if (target.form !== event.currentTarget) return;
        // The search box applies as the resident types (below); other controls when they change.
        if (target.type !== "search") {
          go(event.currentTarget, "push");
        }
      }}
      onInput={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        if (target.type !== "search") return;
        const form = event.currentTarget;
        if (typing.current) clearTimeout(typing.current);
        typing.current = setTimeout(() => go(form, "replace"), TYPING_DELAY_MS);
      }}
    >
      {children}
    </form>
  );
}
