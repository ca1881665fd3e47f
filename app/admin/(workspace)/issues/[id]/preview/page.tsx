import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/status-badge";
import { WholeIssue } from "@/components/bulletin/whole-issue";
import { editorForPage } from "@/lib/auth/session";
import { getIssueForEditor } from "@/lib/bulletin/queries";
import { parseId } from "@/lib/forms/params";

export const metadata = { title: "호 미리보기" };

// The public whole-issue view with every article, drafts included, each marked with its status.
export default async function IssuePreviewPage({
  params,
}: PageProps<"/admin/issues/[id]/preview">) {
  await editorForPage();
  const id = parseId((await params).id);
  const issue = id ? await getIssueForEditor(id) : null;
  if (!issue) notFound();
  const drafts = issue.articles.filter((article) => article.status !== "published").length;
  return (
    <>
      <p role="status" className="mb-6 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        호 미리보기 · 기사 {issue.articles.length}개 가운데 {drafts}개는 아직 공개되지 않았습니다.
        저장된 내용을 공개 화면과 같은 모양으로 보여 줍니다.
      </p>
      <WholeIssue
        issue={issue}
        articles={issue.articles}
        back={<Link href={`/admin/issues/${issue.id}`}>호 편집으로 돌아가기</Link>}
        markOf={(article) => <StatusBadge status={article.status} />}
      />
    </>
  );
}
