import Link from "next/link";
import { notFound } from "next/navigation";
import {
  ActionForm,
  SelectField,
  SubmitButton,
  TextField,
  UnsavedNote,
} from "@/components/admin/action-form";
import { RecordVersionField } from "@/components/admin/record-version";
import { AdminPageHeader } from "@/components/admin/page-header";
import { IssueReleasePanel } from "@/components/admin/issue-release-panel";
import { PublicationPanel } from "@/components/admin/publication-panel";
import { ReviewLinks } from "@/components/admin/review-links";
import { StatusBadge } from "@/components/admin/status-badge";
import {
  createArticle,
  moveArticle,
  setIssuePublication,
  updateIssue,
} from "@/lib/bulletin/actions";
import { getIssueForEditor } from "@/lib/bulletin/queries";
import { sectionLabels } from "@/lib/bulletin/sections";
import { sections } from "@/lib/db/schema";
import { TRASH_DAYS, trashedReleaseRefusal } from "@/lib/bulletin/trash";
import { MoveToTrashForm } from "@/components/admin/trash-controls";
import { TrashNotice } from "@/components/admin/trash-notice";
import { parseId } from "@/lib/forms/params";
import { canActAs, editorForPage } from "@/lib/auth/session";
import { Badge } from "@/components/ui/badge";
import { issuePath } from "@/lib/routes/public";
import { isPublicIssue } from "@/lib/bulletin/visibility";

export const metadata = { title: "호 편집" };

const sectionOptions = sections.map((value) => ({ value, label: sectionLabels[value] }));

export default async function AdminIssuePage({
  params,
  searchParams,
}: PageProps<"/admin/issues/[id]">) {
  const editor = await editorForPage({ contributors: true });
  // A contributor adds and writes drafts here; the issue's own controls are an editor's.
  const isEditor = canActAs(editor.role, "editor");
  const id = parseId((await params).id);
  const issue = id ? await getIssueForEditor(id) : null;
  if (!issue) notFound();
  const { trashed, untrashed } = await searchParams;
  const inTrash = trashedReleaseRefusal("이 호");
  return (
    <>
      <AdminPageHeader title={issue.title} back={{ href: "/admin/issues", label: "소식지 목록" }}>
        <StatusBadge status={issue.status} />
        {isPublicIssue(issue) && <Link href={issuePath(issue)}>공개 페이지</Link>}
      </AdminPageHeader>
      <TrashNotice
        trashed={Boolean(trashed)}
        untrashed={untrashed === "due" ? "due" : Boolean(untrashed)}
        inTrash={
          issue.deletedAt
            ? {
                target: { entity: "issue", id: issue.id },
                what: "호",
                deletedAt: issue.deletedAt,
                canRestore: isEditor,
              }
            : undefined
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-8">
          <section aria-labelledby="articles">
            <h2 id="articles" className="mb-3 text-lg font-bold">
              기사
            </h2>
            {sections.map((section) => {
              const inSection = issue.articles.filter((a) => a.section === section);
              if (inSection.length === 0) return null;
              return (
                <div key={section} className="mb-4">
                  <h3 className="mb-1 text-sm font-bold text-slate-600">
                    {sectionLabels[section]}
                  </h3>
                  <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
                    {inSection.map((article, index) => (
                      <li key={article.id} className="flex flex-wrap items-center gap-2 p-3">
                        <Link href={`/admin/articles/${article.id}`} className="grow font-bold">
                          {article.title}
                        </Link>
                        <StatusBadge status={article.status} />
                        {article.reviewRequestedAt && <Badge tone="amber">검토 요청</Badge>}
                        {isEditor && (
                          <ActionForm
                            action={moveArticle}
                            className="flex gap-1"
                            showMessage={false}
                          >
                            <input type="hidden" name="id" value={article.id} />
                            <button
                              type="submit"
                              name="direction"
                              value="up"
                              disabled={index === 0}
                              aria-label={`${article.title} 위로`}
                              className="min-h-9 min-w-9 rounded border border-slate-300 disabled:opacity-40"
                            >
                              ↑
                            </button>
                            <button
                              type="submit"
                              name="direction"
                              value="down"
                              disabled={index === inSection.length - 1}
                              aria-label={`${article.title} 아래로`}
                              className="min-h-9 min-w-9 rounded border border-slate-300 disabled:opacity-40"
                            >
                              ↓
                            </button>
                          </ActionForm>
                        )}
                      </li>
                    ))}
                  </ol>
                </div>
              );
            })}
          </section>
          <section aria-labelledby="new-article" className="max-w-2xl">
            <h2 id="new-article" className="mb-3 text-lg font-bold">
              새 기사
            </h2>
            <ActionForm
              action={createArticle}
              className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
            >
              <input type="hidden" name="issueId" value={issue.id} />
              <SelectField name="section" label="구분" options={sectionOptions} required />
              <TextField name="title" label="제목" required />
              <TextField
                name="slug"
                label="주소"
                hint="영문 소문자, 숫자, 하이픈. 예: youth-rent-support"
                required
              />
              <SubmitButton>초안 만들기</SubmitButton>
            </ActionForm>
          </section>
        </div>
        {isEditor && (
          <div className="space-y-6">
            {!issue.deletedAt ? (
              <IssueReleasePanel
                issue={{ id: issue.id, title: issue.title, status: issue.status }}
                articles={issue.articles.map(({ id, title, status }) => ({ id, title, status }))}
              />
            ) : (
              issue.status === "draft" && (
                <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-800">{inTrash}</p>
              )
            )}
            {issue.status !== "published" && !issue.deletedAt && (
              <ReviewLinks target={{ entity: "issue", entityId: issue.id }} what="호" />
            )}
            {issue.status !== "draft" && (
              <PublicationPanel
                id={issue.id}
                status={issue.status}
                publishAt={issue.publishAt}
                action={setIssuePublication}
                what="호"
                inTrash={issue.deletedAt ? inTrash : undefined}
              />
            )}
            <section
              aria-labelledby="issue-details"
              className="rounded-xl border border-slate-200 bg-white p-4"
            >
              <h2 id="issue-details" className="mb-3 font-bold">
                호 정보
              </h2>
              <ActionForm action={updateIssue} className="space-y-3" guardUnsaved>
                <input type="hidden" name="id" value={issue.id} />
                <RecordVersionField
                  version={issue.version}
                  latestHref={`/admin/issues/${issue.id}`}
                  savedBy="다른 편집자"
                />
                <TextField name="slug" label="호 (연도-월)" defaultValue={issue.slug} required />
                <TextField name="title" label="제목" defaultValue={issue.title} required />
                <TextField
                  name="summary"
                  label="요약"
                  defaultValue={issue.summary}
                  rows={4}
                  required
                />
                <div className="flex items-center gap-3">
                  <SubmitButton>저장</SubmitButton>
                  <UnsavedNote />
                </div>
              </ActionForm>
            </section>
            {!issue.deletedAt && (
              <MoveToTrashForm
                target={{ entity: "issue", id: issue.id }}
                question={`‘${issue.title}’ 호를 기사 ${issue.articles.length}개와 함께 휴지통으로 옮길까요? 공개 화면과 검색에서 바로 빠지고, ${TRASH_DAYS}일 안에는 되살릴 수 있습니다.`}
              />
            )}
          </div>
        )}
      </div>
    </>
  );
}
