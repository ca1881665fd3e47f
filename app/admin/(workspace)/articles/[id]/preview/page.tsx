import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/bulletin/article-view";
import { publicationStatusLabels } from "@/lib/admin/statuses";
import { getArticleForEditor } from "@/lib/bulletin/queries";
import { parseId } from "@/lib/forms/params";
import { editorForPage } from "@/lib/auth/session";

export const metadata = { title: "미리보기" };

// The public article component with the saved draft, so editors see exactly what readers will.
export default async function ArticlePreviewPage({
  params,
}: PageProps<"/admin/articles/[id]/preview">) {
  await editorForPage({ contributors: true });
  const id = parseId((await params).id);
  const found = id ? await getArticleForEditor(id) : null;
  if (!found) notFound();
  return (
    <>
      <p role="status" className="mb-6 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        미리보기 ({publicationStatusLabels[found.article.status]}, 버전 {found.article.version}) ·
        저장된 내용을 공개 화면과 같은 모양으로 보여 줍니다.{" "}
        <Link href={`/admin/articles/${found.article.id}`}>편집으로 돌아가기</Link>
      </p>
      <ArticleView article={found.article} issue={found.issue} />
    </>
  );
}
