import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/article-editor";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublicationPanel } from "@/components/admin/publication-panel";
import { ReviewLinks } from "@/components/admin/review-links";
import { StatusBadge } from "@/components/admin/status-badge";
import { moveArticleToIssue, setArticlePublication } from "@/lib/bulletin/actions";
import { ActionForm, SelectField, SubmitButton } from "@/components/admin/action-form";
import { getArticleForEditor, listIssuesForEditors } from "@/lib/bulletin/queries";
import { sectionLabels } from "@/lib/bulletin/sections";
import { sections } from "@/lib/db/schema";
import { TRASH_DAYS, trashedReleaseRefusal } from "@/lib/bulletin/trash";
import { MoveToTrashForm } from "@/components/admin/trash-controls";
import { TrashNotice } from "@/components/admin/trash-notice";
import { parseId } from "@/lib/forms/params";
import { canActAs, editorForPage } from "@/lib/auth/session";
import { ReviewRequestPanel } from "@/components/admin/review-request-panel";
import { autosaveOf } from "@/lib/bulletin/autosave";
import { articleFormValues } from "@/lib/bulletin/form-values";
import { articlePath } from "@/lib/routes/public";
import { isPublicArticle } from "@/lib/bulletin/visibility";

export const metadata = { title: "기사 편집" };

const sectionOptions = sections.map((value) => ({ value, label: sectionLabels[value] }));

export default async function AdminArticlePage({
  params,
  searchParams,
}: PageProps<"/admin/articles/[id]">) {
  const editor = await editorForPage({ contributors: true });
  const isEditor = canActAs(editor.role, "editor");
  const id = parseId((await params).id);
  const found = id ? await getArticleForEditor(id) : null;
  if (!found) notFound();
  const { article, issue } = found;
  const autosave = await autosaveOf(article.id, editor.id);
  const saved = articleFormValues(article);
  // Offered only when it holds something other than the saved article.
  const offered =
    autosave && Object.entries(autosave.fields).some(([name, value]) => value !== saved[name])
      ? autosave
      : null;
  const { restored, untrashed } = await searchParams;
  const otherIssues = isEditor
    ? (await listIssuesForEditors()).filter((other) => other.id !== issue.id)
    : [];
  const isPublic = isPublicArticle(article, issue);
  return (
    <>
      <AdminPageHeader
        title={article.title}
        back={{ href: `/admin/issues/${issue.id}`, label: issue.title }}
      >
        <StatusBadge status={article.status} />
      </AdminPageHeader>
      {typeof restored === "string" && (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          버전 {restored}의 내용으로 되돌려 새 버전(버전 {article.version})으로 저장했습니다.
        </p>
      )}
      <TrashNotice
        untrashed={untrashed === "due" ? "due" : Boolean(untrashed)}
        inTrash={
          article.deletedAt
            ? {
                target: { entity: "article", id: article.id },
                what: "기사",
                deletedAt: article.deletedAt,
                canRestore: isEditor,
              }
            : undefined
        }
      />
      <nav aria-label="기사 도구" className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link href={`/admin/articles/${article.id}/preview`}>공개 화면으로 미리보기</Link>
        <Link href={`/admin/articles/${article.id}/revisions`}>변경 기록·되돌리기</Link>
        {isPublic && <Link href={articlePath(issue, article)}>공개 페이지</Link>}
      </nav>
      <div className="grid gap-6 2xl:grid-cols-[1fr_20rem]">
        <ArticleEditor article={article} sectionOptions={sectionOptions} autosaved={offered} />
        <div className="space-y-4">
          {isEditor ? (
            <>
              <PublicationPanel
                id={article.id}
                status={article.status}
                publishAt={article.publishAt}
                action={setArticlePublication}
                what="기사"
                inTrash={
                  article.deletedAt || issue.deletedAt
                    ? trashedReleaseRefusal(article.deletedAt ? "이 기사" : "이 기사가 실린 호")
                    : undefined
                }
              />
              {issue.status !== "published" && (
                <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                  이 기사가 실린 호({issue.slug})가 아직 발행되지 않았습니다. 기사는 호가 발행될 때
                  공개됩니다.
                </p>
              )}
              {!isPublic && !article.deletedAt && !issue.deletedAt && (
                <ReviewLinks target={{ entity: "article", entityId: article.id }} what="기사" />
              )}
              {otherIssues.length > 0 && (
                <ActionForm
                  action={moveArticleToIssue}
                  className="space-y-2 rounded-xl border border-slate-200 bg-white p-4"
                >
                  <input type="hidden" name="id" value={article.id} />
                  <SelectField
                    name="issueId"
                    label="다른 호로 옮기기"
                    options={otherIssues.map((other) => ({
                      value: String(other.id),
                      label: `${other.slug} ${other.title}`,
                    }))}
                    required
                  />
                  <SubmitButton tone="secondary">옮기기</SubmitButton>
                </ActionForm>
              )}
              {!article.deletedAt && (
                <MoveToTrashForm
                  target={{ entity: "article", id: article.id }}
                  question={`‘${article.title}’ 기사를 휴지통으로 옮길까요? 공개 화면과 검색에서 바로 빠지고, ${TRASH_DAYS}일 안에는 되살릴 수 있습니다.`}
                />
              )}
            </>
          ) : (
            <ReviewRequestPanel article={article} />
          )}
        </div>
      </div>
    </>
  );
}
