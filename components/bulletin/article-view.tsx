import { cacheTag } from "next/cache";
import { Link } from "@/components/navigation/link";
import { ArticleBody } from "@/components/bulletin/article-body";
import { cacheTags } from "@/lib/cache/tags";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { JsonLd } from "@/components/ui/json-ld";
import { TagList } from "@/components/ui/tag-list";
import { articleHeadings, readingMinutes } from "@/lib/bulletin/outline";
import { articlePublishedAt } from "@/lib/bulletin/visibility";
import { sectionLabels } from "@/lib/bulletin/sections";
import { coursesWithTags } from "@/lib/courses/queries";
import { formatMonth, todayInSeoul } from "@/lib/dates/dates";
import type { Article, Issue } from "@/lib/db/schema";
import { siteUrl } from "@/lib/env";
import { applicationStatus, applicationStatusLabel } from "@/lib/programs/derive";
import { programsForArticle, programsWithTags } from "@/lib/programs/queries";
import { josa } from "es-hangul";
import { articlePath, coursePath, issuePath, programPath } from "@/lib/routes/public";
import { siteName } from "@/lib/metadata";

// Long articles get an in-page table of contents.
const TOC_MIN_HEADINGS = 4;

/** An article as the public sees it; the editors' preview renders the same component. */
export async function ArticleView({ article, issue }: { article: Article; issue: Issue }) {
  "use cache";
  // Rendered once per change of the article, its issue, the linked programs or related courses.
  cacheTag(
    cacheTags.article(article.id),
    cacheTags.issue(issue.id),
    cacheTags.courses,
    cacheTags.programs,
    cacheTags.today,
  );
  const [programs, taggedCourses, taggedPrograms] = await Promise.all([
    programsForArticle(article.id),
    coursesWithTags(article.tags, 4),
    programsWithTags(article.tags, 6),
  ]);
  const relatedPrograms = taggedPrograms.filter(
    (p) => !programs.some((linked) => linked.id === p.id),
  );
  const headings = articleHeadings(article.body);
  const date = articlePublishedAt({ article, issue });
  const today = todayInSeoul();
  const closedPrograms = programs.filter(
    (program) => applicationStatus(program, today) === "closed",
  );
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Article",
          headline: article.title,
          description: article.summary,
          datePublished: date.toISOString(),
          dateModified: article.updatedAt.toISOString(),
          articleSection: sectionLabels[article.section],
          keywords: article.tags.join(", "),
          inLanguage: "ko",
          isPartOf: { "@type": "PublicationIssue", name: issue.title },
          mainEntityOfPage: new URL(articlePath(issue, article), siteUrl).toString(),
          publisher: { "@type": "Organization", name: siteName },
        }}
      />
      <header className="mb-6 space-y-2">
        <p className="text-sm">
          <Link href={issuePath(issue)} className="text-brand-700 font-bold hover:underline">
            {issue.title}
          </Link>
          <span className="text-slate-500"> / {sectionLabels[article.section]}</span>
        </p>
        <Badge tone="brand">{article.category}</Badge>
        <h1 className="text-2xl leading-snug font-bold md:text-3xl">{article.title}</h1>
        <p className="text-lg leading-8 text-slate-600">{article.summary}</p>
        <p className="text-sm text-slate-600">
          <time dateTime={date.toISOString()}>{formatMonth(date)}</time> · 읽는 데 약{" "}
          {readingMinutes(article.body)}분
        </p>
        <TagList tags={article.tags} />
        {closedPrograms.length > 0 && (
          <p
            role="note"
            className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          >
            이 기사는 {formatMonth(date)} 기준의 상황을 전합니다. 기사에서 다룬{" "}
            {closedPrograms.map((program) => `‘${program.title}’`).join(", ")}
            {josa.pick(closedPrograms.at(-1)!.title, "은/는")}
            {closedPrograms.length > 1 && " 모두"} 지금{" "}
            {closedPrograms.every((program) => program.periodKind === "operation")
              ? "종료되었습니다"
              : closedPrograms.some((program) => program.periodKind === "operation")
                ? "마감 또는 종료되었습니다"
                : "마감되었습니다"}
            .
          </p>
        )}
      </header>
      {headings.length >= TOC_MIN_HEADINGS && (
        <nav
          aria-labelledby="toc"
          className="mb-8 rounded-xl border border-slate-200 bg-white p-4 print:hidden"
        >
          <h2 id="toc" className="mb-2 text-sm font-bold text-slate-700">
            목차
          </h2>
          <ol className="space-y-1 text-[0.9375rem]">
            {headings.map((heading) => (
              <li key={heading.id} className={heading.depth === 3 ? "pl-4" : ""}>
                <a href={`#${heading.id}`} className="text-brand-700 hover:underline">
                  {heading.text}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <ArticleBody markdown={article.body} />
      {programs.length > 0 && (
        <aside
          aria-labelledby="article-programs"
          className="border-brand-100 bg-brand-50 mt-10 rounded-xl border p-5"
        >
          <h2 id="article-programs" className="mb-2 font-bold">
            이 기사의 지원사업 신청 정보
          </h2>
          <ul className="space-y-1">
            {programs.map((program) => (
              <li key={program.id}>
                <Link href={programPath(program)} className="text-brand-700 font-bold underline">
                  {program.title}
                </Link>
                <span className="text-sm text-slate-600">
                  {" "}
                  · {program.agency}
                  {closedPrograms.includes(program) &&
                    ` · ${applicationStatusLabel(program, "closed")}`}
                </span>
              </li>
            ))}
          </ul>
        </aside>
      )}
      {(taggedCourses.length > 0 || relatedPrograms.length > 0) && (
        <aside aria-labelledby="related" className="mt-10 print:hidden">
          <h2 id="related" className="mb-3 text-lg font-bold">
            이 기사와 관련된 과정·지원사업
          </h2>
          <ul className="space-y-2">
            {taggedCourses.map((course) => (
              <li key={`c${course.id}`}>
                <Badge>훈련과정</Badge>{" "}
                <Link
                  href={coursePath(course)}
                  className="text-brand-700 font-bold hover:underline"
                >
                  {course.title}
                </Link>
                {course.isSample && (
                  <>
                    {" "}
                    <SampleBadge />
                  </>
                )}
              </li>
            ))}
            {relatedPrograms.map((program) => (
              <li key={`p${program.id}`}>
                <Badge>지원사업</Badge>{" "}
                <Link
                  href={programPath(program)}
                  className="text-brand-700 font-bold hover:underline"
                >
                  {program.title}
                </Link>
                {program.isSample && (
                  <>
                    {" "}
                    <SampleBadge />
                  </>
                )}
              </li>
            ))}
          </ul>
        </aside>
      )}
      {article.sources.length > 0 && (
        <section aria-labelledby="sources" className="mt-10 text-sm text-slate-600">
          <h2 id="sources" className="mb-1 font-bold">
            참고 자료
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {article.sources.map((source) => (
              <li key={source.title}>
                {source.url ? (
                  // A link alone on its line is a tap target: at least 24 px tall.
                  <a href={source.url} rel="noopener" className="inline-block min-h-6 underline">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
