"use client";

import { useActionState } from "react";
import { createReviewLink, type PreviewLinkState } from "@/lib/review/actions";
import { FormMessage } from "./action-form";
import { CopyField } from "./copy-field";

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
      {link && <CopyField label="검토 링크" value={link} />}
    </form>
  );
}
