"use client";

import { ActionForm, SubmitButton } from "@/components/admin/action-form";
import { syncSourceNow } from "@/lib/sources/actions";

/**
 * 지금 동기화, and when the latest run was held, its approval: one form, so the result stays on
 * screen after the page re-renders without the approve button.
 */
export function SourceSyncForm({ source, held }: { source: string; held: boolean }) {
  return (
    <ActionForm
      action={syncSourceNow}
      className="flex flex-wrap gap-4"
      confirmMessage={(submitter) =>
        submitter?.value === "yes"
          ? "안전 검사가 멈춘 동기화를 승인하고 실행합니다. 위의 변경 예정 목록을 확인했나요?"
          : null
      }
    >
      <input type="hidden" name="source" value={source} />
      <SubmitButton>지금 동기화</SubmitButton>
      {held && (
        <SubmitButton name="approve" value="yes" tone="secondary">
          검토했으니 승인하고 실행
        </SubmitButton>
      )}
    </ActionForm>
  );
}
