import type { Metadata } from "next";
import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { pageMetadata } from "@/lib/metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CourseCard } from "@/components/courses/course-card";
import { ProgramCard } from "@/components/programs/program-card";
import { Badge } from "@/components/ui/badge";
import { articlesWithTags, countArticlesWithTags } from "@/lib/bulletin/queries";
import { courseQueryString } from "@/lib/courses/filters";
import { countCoursesWithTags, coursesWithTags } from "@/lib/courses/queries";
import { todayInSeoul } from "@/lib/dates/dates";
import { formatNumber } from "@/lib/format/format";
import { programQueryString } from "@/lib/programs/filters";
import { countProgramsWithTags, programsWithTags } from "@/lib/programs/queries";
import { buildPlaceholder } from "@/lib/routes/build-placeholder";
import { articlePath, coursesPath, programsPath, searchPath, tagPath } from "@/lib/routes/public";

type Props = PageProps<"/tags/[tag]">;

/** Next hands the segment over percent-encoded, except a "%25", which arrives as "%" already. */
function decodedTag(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function load(params: Props["params"]) {
  const tag = decodedTag((await params).tag);
  return { tag, ...(await tagged(tag)) };
}

// A tag can carry thousands of course rounds: the page shows the first of each kind, the true
// count, and a way on to all of them.
const shown = { articles: 20, courses: 12, programs: 12 };

/** The first of everything under a tag, how many there are, and the day statuses are worded for. */
async function tagged(tag: string) {
  "use cache";
  cacheTag(cacheTags.issues, cacheTags.courses, cacheTags.programs, cacheTags.today);
  const [articles, courses, programs, totals] = await Promise.all([
    articlesWithTags([tag], shown.articles),
    coursesWithTags([tag], shown.courses),
    programsWithTags([tag], shown.programs),
    Promise.all([
      countArticlesWithTags([tag]),
      countCoursesWithTags([tag]),
      countProgramsWithTags([tag]),
    ]).then(([articles, courses, programs]) => ({ articles, courses, programs })),
  ]);
  return { articles, courses, programs, totals, today: todayInSeoul() };
}

/** On from a section that shows only the first few: the tag searched in that kind's own list. */
function MoreLink({ tag, href, kind }: { tag: string; href: string; kind: string }) {
  return (
    <p className="mt-2 text-right">
      <Link
        href={href}
        className="text-brand-700 inline-flex min-h-11 items-center font-bold hover:underline"
      >
        ‘{tag}’ {kind} 더 찾아보기 →
      </Link>
    </p>
  );
}

export const generateStaticParams = buildPlaceholder("tag");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, totals } = await load(params);
  if (totals.articles + totals.courses + totals.programs === 0) return {};
  return pageMetadata({
    title: `#${tag}`,
    description: `‘${tag}’ 태그가 붙은 기사 ${formatNumber(totals.articles)}건, 훈련과정 ${formatNumber(totals.courses)}개, 지원사업 ${formatNumber(totals.programs)}개`,
    path: tagPath(tag),
  });
}

export default async function TagPage({ params }: Props) {
  const { tag, articles, courses, programs, totals, today } = await load(params);
  if (totals.articles + totals.courses + totals.programs === 0) notFound();
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">#{tag}</h1>
      {articles.length > 0 && (
        <section aria-labelledby="tag-articles">
          <h2 id="tag-articles" className="mb-3 text-lg font-bold">
            기사 {formatNumber(totals.articles)}
          </h2>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {articles.map(({ article, issue }) => (
              <li
                key={article.id}
                className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:gap-3"
              >
                <Badge>{article.category}</Badge>
                <Link
                  href={articlePath(issue, article)}
                  className="hover:text-brand-700 font-bold hover:underline"
                >
                  {article.title}
                </Link>
                <span className="text-sm text-slate-500">{issue.title}</span>
              </li>
            ))}
          </ul>
          {totals.articles > articles.length && (
            <MoreLink tag={tag} href={searchPath({ q: tag, index: "articles" })} kind="기사" />
          )}
        </section>
      )}
      {courses.length > 0 && (
        <section aria-labelledby="tag-courses">
          <h2 id="tag-courses" className="mb-3 text-lg font-bold">
            훈련과정 {formatNumber(totals.courses)}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {courses.map((course) => (
              <li key={course.id}>
                <CourseCard course={course} today={today} />
              </li>
            ))}
          </ul>
          {totals.courses > courses.length && (
            <MoreLink tag={tag} href={coursesPath(courseQueryString({ q: tag }))} kind="훈련과정" />
          )}
        </section>
      )}
      {programs.length > 0 && (
        <section aria-labelledby="tag-programs">
          <h2 id="tag-programs" className="mb-3 text-lg font-bold">
            지원사업 {formatNumber(totals.programs)}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {programs.map((program) => (
              <li key={program.id}>
                <ProgramCard program={program} today={today} />
              </li>
            ))}
          </ul>
          {totals.programs > programs.length && (
            <MoreLink
              tag={tag}
              href={programsPath(programQueryString({ q: tag }))}
              kind="지원사업"
            />
          )}
        </section>
      )}
    </div>
  );
}
