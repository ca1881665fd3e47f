"use client";

import { useId } from "react";
import { renameTagAction } from "@/lib/tags/actions";
import { ActionForm, SubmitButton, TextField } from "./action-form";

/** Renames a tag everywhere; naming a tag already in use merges the two, after asking. */
export function TagRenameForm({ tags }: { tags: string[] }) {
  const listId = useId();
  return (
    <ActionForm
      action={renameTagAction}
      className="grid max-w-2xl gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      confirmMessage={(submitter) => {
        const form = submitter?.form;
        const from = (form?.elements.namedItem("from") as HTMLInputElement | null)?.value.trim();
        const to = (form?.elements.namedItem("to") as HTMLInputElement | null)?.value.trim();
        return to && from && tags.includes(to)
          ? `‘${to}’ 태그가 이미 있습니다. ‘${from}’ 태그를 ‘${to}’ 태그에 합칠까요? 합친 뒤에는 둘을 다시 나눌 수 없습니다.`
          : null;
      }}
    >
      <datalist id={listId}>
        {tags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <TextField name="from" label="바꿀 태그" list={listId} required />
      <TextField
        name="to"
        label="새 이름"
        list={listId}
        hint="있는 태그 이름이면 합칩니다"
        required
      />
      <SubmitButton>바꾸기</SubmitButton>
    </ActionForm>
  );
}
