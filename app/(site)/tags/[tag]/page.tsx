import type { Metadata } from "next";
import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { notFoundMetadata, pageMetadata } from "@/lib/metadata";
import { Link } from "@/components/navigation/link";
import { notFound } from "next/navigation";
import { CourseCard } from "@/components/courses/course-card";
import { ProgramCard } from "@/components/programs/program-card";
import { ArticleCard } from "@/components/bulletin/article-card";
import { articleQueryString } from "@/lib/bulletin/filters";
import { articlesWithTags, countArticlesWithTags } from "@/lib/bulletin/queries";
import { courseQueryString } from "@/lib/courses/filters";
import { countCoursesWithTags, coursesWithTags } from "@/lib/courses/queries";
import { todayInSeoul } from "@/lib/dates/dates";
import { formatNumber } from "@/lib/format/format";
import { programQueryString } from "@/lib/programs/filters";
import { countProgramsWithTags, programsWithTags } from "@/lib/programs/queries";
import { buildPlaceholder } from "@/lib/routes/build-placeholder";
import { coursesPath, issuesPath, programsPath, tagPath } from "@/lib/routes/public";

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
const firstOfEach = { articles: 20, courses: 12, programs: 12 };

/** The first of everything under a tag, how many there are, and the day statuses are worded for. */
async function tagged(tag: string) {
  "use cache";
  cacheTag(cacheTags.issues, cacheTags.courses, cacheTags.programs, cacheTags.today);
  const [articles, courses, programs, totals] = await Promise.all([
    articlesWithTags([tag], firstOfEach.articles),
    coursesWithTags([tag], firstOfEach.courses),
    programsWithTags([tag], firstOfEach.programs),
    Promise.all([
      countArticlesWithTags([tag]),
      countCoursesWithTags([tag]),
      countProgramsWithTags([tag]),
    ]).then(([articles, courses, programs]) => ({ articles, courses, programs })),
  ]);
  return { articles, courses, programs, totals, today: todayInSeoul() };
}

/**
 * One kind of record under the tag: its true count, the first few, and when there are more, in
 * what order these were picked and a way on to the rest (that kind's catalog filtered by the tag).
 */
function TagSection({
  id,
  kind,
  unit,
  total,
  shown,
  order,
  tag,
  more,
  children,
}: {
  id: string;
  kind: string;
  unit: "건" | "개";
  total: number;
  shown: number;
  order: string;
  tag: string;
  more: string;
  children: React.ReactNode;
}) {
  const partial = total > shown;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-bold">
        {kind} {formatNumber(total)}
      </h2>
      {partial && (
        <p className="-mt-2 mb-3 text-sm text-slate-600">
          {order} {shown}
          {unit}
          {unit === "건" ? "을" : "를"} 보여 드립니다.
        </p>
      )}
      {children}
      {partial && (
        <p className="mt-2 text-right">
          <Link
            href={more}
            className="text-brand-700 inline-flex min-h-11 items-center font-bold underline"
          >
            ‘{tag}’ {kind} 더 찾아보기 →
          </Link>
        </p>
      )}
    </section>
  );
}

export const generateStaticParams = buildPlaceholder("tag");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, totals } = await load(params);
  if (totals.articles + totals.courses + totals.programs === 0) return notFoundMetadata;
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
        <TagSection
          id="tag-articles"
          kind="기사"
          unit="건"
          total={totals.articles}
          shown={articles.length}
          order="최근 호부터"
          tag={tag}
          more={issuesPath(articleQueryString({ tag: [tag] }))}
        >
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {articles.map(({ article, issue }) => (
              <li key={article.id}>
                <ArticleCard article={article} issue={issue} />
              </li>
            ))}
          </ul>
        </TagSection>
      )}
      {courses.length > 0 && (
        <TagSection
          id="tag-courses"
          kind="훈련과정"
          unit="개"
          total={totals.courses}
          shown={courses.length}
          order="시작일이 늦은 순으로"
          tag={tag}
          more={coursesPath(courseQueryString({ tag: [tag] }))}
        >
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {courses.map((course) => (
              <li key={course.id}>
                <CourseCard course={course} today={today} />
              </li>
            ))}
          </ul>
        </TagSection>
      )}
      {programs.length > 0 && (
        <TagSection
          id="tag-programs"
          kind="지원사업"
          unit="개"
          total={totals.programs}
          shown={programs.length}
          order="이름순으로"
          tag={tag}
          more={programsPath(programQueryString({ tag: [tag] }))}
        >
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {programs.map((program) => (
              <li key={program.id}>
                <ProgramCard program={program} today={today} />
              </li>
            ))}
          </ul>
        </TagSection>
      )}
    </div>
  );
}
