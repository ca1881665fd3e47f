"use client";

import Link from "next/link";
import { releaseIssue } from "@/lib/bulletin/actions";
import { ActionForm, CheckboxGroupField, SubmitButton, TextField } from "./action-form";
import { publicationStatusLabels, type PublicationStatus } from "@/lib/admin/statuses";

type ReleasableArticle = { id: number; title: string; status: PublicationStatus };

/**
 * Publishes or schedules an issue with the articles ticked, on one date (a past one for a back
 * issue), and says before it runs which drafts would stay behind.
 */
export function IssueReleasePanel({
  issue,
  articles,
}: {
  issue: { id: number; title: string; status: PublicationStatus };
  articles: ReleasableArticle[];
}) {
  const waiting = articles.filter((article) => article.status !== "published");
  const published = issue.status === "published";
  if (published && waiting.length === 0) return null;
  return (
    <section
      aria-labelledby="issue-release"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="issue-release" className="font-bold">
        {published ? "남은 기사 발행" : "호 발행·예약"}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        <Link href={`/admin/issues/${issue.id}/preview`} className="text-brand-700 underline">
          호 전체 미리보기
        </Link>
        에서 초안까지 모두 공개 화면처럼 볼 수 있습니다.
      </p>
      <ActionForm
        action={releaseIssue}
        className="mt-3 space-y-3"
        confirmMessage={(submitter) => {
          const boxes = submitter?.form?.querySelectorAll<HTMLInputElement>(
            'input[name="articleIds"]',
          );
          const unticked = new Set(
            [...(boxes ?? [])].filter((box) => !box.checked).map((box) => box.value),
          );
          const left = waiting.filter((article) => unticked.has(String(article.id)));
          if (left.length === 0) return null;
          // A scheduled article left out still goes live at its own time.
          const titles = (status: "draft" | "scheduled") =>
            left
              .filter((article) => article.status === status)
              .map((article) => `‘${article.title}’`)
              .join(", ");
          return [
            titles("draft") && `다음 기사는 초안으로 남고 공개되지 않습니다: ${titles("draft")}.`,
            titles("scheduled") &&
              `다음 기사는 함께 발행되지 않고 예약한 때에 따로 발행됩니다: ${titles("scheduled")}.`,
            "계속할까요?",
          ]
            .filter(Boolean)
            .join(" ");
        }}
      >
        <input type="hidden" name="id" value={issue.id} />
        {waiting.length > 0 && (
          <CheckboxGroupField
            name="articleIds"
            legend="함께 발행할 기사"
            hint="고르지 않은 초안은 초안으로 남고, 예약된 기사는 예약한 때에 발행됩니다."
            options={waiting.map((article) => ({
              value: String(article.id),
              label: `${article.title} (${publicationStatusLabels[article.status]})`,
              title: article.title,
            }))}
            defaultValues={waiting.map((article) => String(article.id))}
            stacked
          />
        )}
        <TextField
          name="publishAt"
          label="발행일 (한국 시간)"
          type="datetime-local"
          hint={
            published
              ? "비우면 지금 발행합니다. 앞으로의 날짜를 넣으면 그때 자동으로 발행되고, 지난 날짜를 넣으면 그날 발행한 기사로 표시됩니다. 호의 발행일은 그대로입니다."
              : "비우면 지금 발행합니다. 지난 날짜를 넣으면 그날 발행한 호로 표시되고(지난 호 올리기), 앞으로의 날짜를 넣으면 그때 자동으로 발행됩니다."
          }
        />
        <SubmitButton>{published ? "고른 기사 발행" : "호와 고른 기사 발행·예약"}</SubmitButton>
      </ActionForm>
    </section>
  );
}
