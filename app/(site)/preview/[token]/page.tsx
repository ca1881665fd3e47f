import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/components/bulletin/article-view";
import { WholeIssue } from "@/components/bulletin/whole-issue";
import { getArticleForEditor, getIssueForEditor } from "@/lib/bulletin/queries";
import { formatDateTime } from "@/lib/dates/dates";
import { openPreviewLink } from "@/lib/review/links";

// The token is the secret: no search engine keeps the page, no other site learns the address.
export const metadata: Metadata = {
  title: "검토용 미리보기",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/** An unpublished article or issue as readers will see it, for a reviewer holding a live link. */
export default async function ReviewPreviewPage({ params }: PageProps<"/preview/[token]">) {
  // Read on every request: a revoked or expired link must stop working at once.
  await connection();
  const link = await openPreviewLink((await params).token);
  if (!link) notFound();
  const banner = (what: string) => (
    <p role="status" className="mb-6 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
      검토용 미리보기입니다. 아직 공개되지 않았을 수 있는 {what}를 편집자가 보낸 링크로 보고
      있습니다. 이 링크는 {formatDateTime(link.expiresAt)}까지 열리며, 내용은 발행 전에 바뀔 수
      있습니다.
    </p>
  );
  if (link.entity === "article") {
    const found = await getArticleForEditor(link.entityId);
    if (!found) notFound();
    return (
      <>
        {banner("기사")}
        <ArticleView article={found.article} issue={found.issue} />
      </>
    );
  }
  const issue = await getIssueForEditor(link.entityId);
  if (!issue) notFound();
  return (
    <>
      {banner("호")}
      <WholeIssue issue={issue} articles={issue.articles} back={null} />
    </>
  );
}
