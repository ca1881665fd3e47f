"use client";

import { useActionState, useId } from "react";
import { createReviewLink, type PreviewLinkState } from "@/lib/review/actions";
import { FormMessage } from "./action-form";

const idle: PreviewLinkState = { status: "idle" };

/** Makes a review link and shows it once, ready to copy. */
export function ReviewLinkCreate({
  entity,
  entityId,
}: {
  entity: "article" | "issue";
  entityId: number;
}) {
  const [state, action, pending] = useActionState(createReviewLink, idle);
  const id = useId();
  const link = state.status === "ok" && "link" in state ? state.link : null;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="entityId" value={entityId} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-4 font-bold text-slate-800 hover:bg-slate-100 disabled:opacity-60"
      >
        검토 링크 만들기
      </button>
      <FormMessage state={state} />
      {link && (
        <div>
          <label htmlFor={id} className="block text-sm font-bold text-slate-800">
            검토 링크
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id={id}
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
              className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 text-sm"
            />
            <button
              type="button"
              onClick={() => void navigator.clipboard?.writeText(link)}
              className="min-h-11 shrink-0 rounded-md border border-slate-300 bg-white px-3 text-sm font-bold"
            >
              복사
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
