"use client";

import { formatDateTime } from "@/lib/dates/dates";
import type { FormState } from "@/lib/forms/state";
import { ActionForm, SubmitButton, TextField } from "./action-form";

import { publicationStatusLabels, type PublicationStatus } from "@/lib/admin/statuses";

/**
 * Publish now, schedule, cancel a schedule or unpublish one issue or article. In the trash it
 * cannot be published or scheduled (the action refuses), but it can still be taken off or its
 * schedule cancelled, so that restoring it does not put it online.
 */
export function PublicationPanel({
  id,
  status,
  publishAt,
  action,
  what,
  inTrash,
}: {
  id: number;
  status: PublicationStatus;
  publishAt: Date | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  what: string;
  /** Why it cannot be published now: it, or the issue it is in, is in the trash. */
  inTrash?: string;
}) {
  const canRelease = status !== "published" && !inTrash;
  return (
    <section
      aria-labelledby={`publication-${id}`}
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id={`publication-${id}`} className="font-bold">
        발행 상태: <span data-testid="publication-status">{publicationStatusLabels[status]}</span>
      </h2>
      {status === "scheduled" && publishAt && (
        <p className="text-sm text-slate-700">{formatDateTime(publishAt)}에 자동으로 발행됩니다.</p>
      )}
      {status === "published" && publishAt && (
        <p className="text-sm text-slate-700">{formatDateTime(publishAt)} 발행</p>
      )}
      <ActionForm
        action={action}
        className="mt-3 space-y-3"
        confirmMessage={(submitter) =>
          // A guarded form (the article editor) marks <html> while it differs from what was saved.
          (submitter?.value === "publish" || submitter?.value === "schedule") &&
          document.documentElement.dataset.unsavedChanges
            ? "저장하지 않은 변경이 있습니다. 발행·예약되는 것은 마지막으로 저장한 버전입니다. 화면의 내용을 실으려면 취소를 누르고 먼저 저장하세요. 저장한 버전으로 진행할까요?"
            : null
        }
      >
        <input type="hidden" name="id" value={id} />
        {inTrash && <p className="text-sm text-slate-700">{inTrash}</p>}
        <div className="flex flex-wrap gap-2">
          {canRelease && (
            <SubmitButton name="intent" value="publish">
              지금 발행
            </SubmitButton>
          )}
          {status === "scheduled" && (
            <SubmitButton name="intent" value="cancel-schedule" tone="secondary">
              예약 취소
            </SubmitButton>
          )}
          {status === "published" && (
            <SubmitButton name="intent" value="unpublish" tone="secondary">
              발행 취소
            </SubmitButton>
          )}
        </div>
        {canRelease && (
          <div className="flex flex-wrap items-end gap-2">
            <div className="grow">
              <TextField
                name="publishAt"
                label={`${what} 발행 예약 시각 (한국 시간)`}
                type="datetime-local"
              />
            </div>
            <SubmitButton name="intent" value="schedule" tone="secondary">
              예약
            </SubmitButton>
          </div>
        )}
      </ActionForm>
    </section>
  );
}
