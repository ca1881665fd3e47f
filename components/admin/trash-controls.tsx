"use client";

import { moveToTrash, restoreFromTrash } from "@/lib/bulletin/actions";
import { ActionForm, SubmitButton } from "./action-form";

type Target = { entity: "article" | "issue"; id: number };

/** Moves an article or an issue into the trash after asking; it stays restorable for 30 days. */
export function MoveToTrashForm({ target, question }: { target: Target; question: string }) {
  return (
    <ActionForm action={moveToTrash} confirmMessage={question}>
      <input type="hidden" name="entity" value={target.entity} />
      <input type="hidden" name="id" value={target.id} />
      <SubmitButton tone="danger">휴지통으로 옮기기</SubmitButton>
    </ActionForm>
  );
}

export function RestoreFromTrashForm({ target, label }: { target: Target; label: string }) {
  return (
    <ActionForm action={restoreFromTrash}>
      <input type="hidden" name="entity" value={target.entity} />
      <input type="hidden" name="id" value={target.id} />
      <SubmitButton tone="secondary">{label}</SubmitButton>
    </ActionForm>
  );
}
