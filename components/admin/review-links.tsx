import { formatDateTime } from "@/lib/dates/dates";
import { revokeReviewLink } from "@/lib/review/actions";
import { activePreviewLinks, PREVIEW_LINK_HOURS, type PreviewTarget } from "@/lib/review/links";
import { ActionForm, SubmitButton } from "./action-form";
import { ReviewLinkCreate } from "./review-link-create";

/** Review links of one article or issue: make one, see which still work, revoke any. */
export async function ReviewLinks({ target, what }: { target: PreviewTarget; what: string }) {
  const links = await activePreviewLinks(target);
  return (
    <section
      aria-labelledby={`review-links-${target.entity}`}
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id={`review-links-${target.entity}`} className="font-bold">
        검토 링크
      </h2>
      <p className="mt-1 mb-3 text-sm text-slate-700">
        계정이 없는 검토자에게 발행 전의 {what}를 보여 줍니다. 링크를 아는 사람은 누구나 볼 수
        있으니 검토자에게만 보내세요. {PREVIEW_LINK_HOURS}시간이 지나거나 취소하면 열리지 않습니다.
      </p>
      <ReviewLinkCreate entity={target.entity} entityId={target.entityId} />
      {links.length > 0 && (
        <ul className="mt-4 divide-y divide-slate-200 text-sm">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {formatDateTime(link.createdAt)} {link.createdByName ?? "(지운 사용자)"} 님이 만듦 ·{" "}
                {formatDateTime(link.expiresAt)}까지
              </span>
              <ActionForm action={revokeReviewLink} showMessage={false}>
                <input type="hidden" name="id" value={link.id} />
                <SubmitButton tone="secondary">취소</SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
