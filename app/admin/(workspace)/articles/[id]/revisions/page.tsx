import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/admin/action-form";
import { RevisionDiff } from "@/components/admin/revision-diff";
import { AdminPageHeader } from "@/components/admin/page-header";
import { restoreArticleRevision } from "@/lib/bulletin/actions";
import { getArticleForEditor, listArticleRevisions } from "@/lib/bulletin/queries";
import { revisionDiff } from "@/lib/bulletin/revisions";
import { formatDateTime } from "@/lib/dates/dates";
import { parseId } from "@/lib/forms/params";
import { canActAs, editorForPage } from "@/lib/auth/session";

export const metadata = { title: "변경 기록" };

export default async function ArticleRevisionsPage({
  params,
  searchParams,
}: PageProps<"/admin/articles/[id]/revisions">) {
  const editor = await editorForPage({ contributors: true });
  const id = parseId((await params).id);
  const found = id ? await getArticleForEditor(id) : null;
  if (!found) notFound();
  const { article } = found;
  const revisions = await listArticleRevisions(article.id);
  const query = await searchParams;
  const pick = (value: unknown) =>
    revisions.find((r) => String(r.revision.version) === value)?.revision;
  // By default: the chosen version (or the one before the current) against the current text.
  const from = pick(query.from) ?? revisions[1]?.revision;
  const to = pick(query.to) ?? revisions[0]?.revision;
  const changes = from && to ? revisionDiff(from, to) : [];
  return (
    <>
      <AdminPageHeader
        title={`변경 기록: ${article.title}`}
        back={{ href: `/admin/articles/${article.id}`, label: "편집으로" }}
      />
      <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
        <ol className="space-y-2">
          {revisions.map(({ revision, authorName }) => (
            <li
              key={revision.id}
              className="rounded-xl border border-slate-200 bg-white p-3 text-sm"
            >
              <p className="font-bold">
                버전 {revision.version}
                {revision.version === article.version && " (현재)"}
              </p>
              <p className="text-slate-600">
                {formatDateTime(revision.createdAt)} · {authorName ?? "시스템"}
              </p>
              <div className="mt-2 flex flex-wrap items-center gap-3">
                {revision.version !== article.version && (
                  <>
                    <Link href={`?from=${revision.version}&to=${article.version}`}>
                      현재와 비교
                    </Link>
                    {canActAs(editor.role, "editor") && (
                      <ActionForm
                        action={restoreArticleRevision}
                        confirmMessage={`버전 ${revision.version}의 내용으로 되돌릴까요? 현재 내용은 기록에 남습니다.`}
                      >
                        <input type="hidden" name="id" value={article.id} />
                        <input type="hidden" name="version" value={article.version} />
                        <input type="hidden" name="revisionId" value={revision.id} />
                        <SubmitButton tone="secondary">이 버전으로 되돌리기</SubmitButton>
                      </ActionForm>
                    )}
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading" className="mb-3 text-lg font-bold">
            {from && to ? `버전 ${from.version} → 버전 ${to.version}` : "비교할 버전이 없습니다"}
          </h2>
          {from && to && changes.length === 0 && <p>두 버전의 내용이 같습니다.</p>}
          {changes.map((change) => (
            <RevisionDiff key={change.key} label={change.label} parts={change.parts} />
          ))}
        </section>
      </div>
    </>
  );
}
