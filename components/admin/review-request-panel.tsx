import type { Article } from "@/lib/db/schema";
import { requestReview } from "@/lib/bulletin/actions";
import { formatDateTime } from "@/lib/dates/dates";
import { ActionForm, SubmitButton } from "./action-form";

/** A contributor's side panel: ask an editor to review the draft (publishing is theirs). */
export function ReviewRequestPanel({
  article,
}: {
  article: Pick<Article, "id" | "status" | "reviewRequestedAt">;
}) {
  return (
    <section
      aria-labelledby="review-request"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="review-request" className="font-bold">
        검토 요청
      </h2>
      {article.status !== "draft" ? (
        <p className="mt-1 text-sm text-slate-700">
          발행되었거나 예약된 기사는 편집자만 고칠 수 있습니다. 고칠 곳은 편집자에게 알려 주세요.
        </p>
      ) : (
        <>
          <p className="mt-1 mb-3 text-sm text-slate-700">
            {article.reviewRequestedAt
              ? `${formatDateTime(article.reviewRequestedAt)}에 검토를 요청했습니다. 고친 뒤 다시 요청할 수 있습니다.`
              : "다 썼으면 저장한 뒤 편집자에게 검토를 요청하세요. 발행은 편집자가 합니다."}
          </p>
          <ActionForm action={requestReview}>
            <input type="hidden" name="id" value={article.id} />
            <SubmitButton>편집자에게 검토 요청</SubmitButton>
          </ActionForm>
        </>
      )}
    </section>
  );
}
