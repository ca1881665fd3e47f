import type { Metadata } from "next";
import { movedOrNotFound } from "@/lib/routes/moved";
import { Link } from "@/components/navigation/link";
import { WholeIssue } from "@/components/bulletin/whole-issue";
import { publishedIssue } from "@/lib/bulletin/cached";
import { notFoundMetadata } from "@/lib/metadata";
import { buildPlaceholder } from "@/lib/routes/build-placeholder";
import { issuePath, wholeIssuePath } from "@/lib/routes/public";

export const generateStaticParams = buildPlaceholder("slug");

export async function generateMetadata({
  params,
}: PageProps<"/issues/[slug]/all">): Promise<Metadata> {
  const issue = (await publishedIssue((await params).slug))?.issue;
  if (!issue) return notFoundMetadata;
  return { title: `${issue.title} 전체 보기`, alternates: { canonical: issuePath(issue) } };
}

/** Every article of an issue on one page, in the bulletin's order, for reading through or printing. */
export default async function WholeIssuePage({ params }: PageProps<"/issues/[slug]/all">) {
  const { slug } = await params;
  const issue = (await publishedIssue(slug))?.issue;
  if (!issue) return movedOrNotFound(wholeIssuePath({ slug }));
  return (
    <WholeIssue
      issue={issue}
      articles={issue.articles}
      back={
        <Link href={issuePath(issue)} className="text-brand-700 font-bold hover:underline">
          차례로 돌아가기
        </Link>
      }
    />
  );
}
