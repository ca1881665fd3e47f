import type { Metadata } from "next";
import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { pageMetadata } from "@/lib/metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CourseCard } from "@/components/courses/course-card";
import { ProgramCard } from "@/components/programs/program-card";
import { Badge } from "@/components/ui/badge";
import { articlesWithTags } from "@/lib/bulletin/queries";
import { coursesWithTags } from "@/lib/courses/queries";
import { todayInSeoul } from "@/lib/dates/dates";
import { programsWithTags } from "@/lib/programs/queries";
import { buildPlaceholder } from "@/lib/routes/build-placeholder";
import { articlePath, tagPath } from "@/lib/routes/public";

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

/** Everything under a tag, and the day the statuses are worded for. */
async function tagged(tag: string) {
  "use cache";
  cacheTag(cacheTags.issues, cacheTags.courses, cacheTags.programs, cacheTags.today);
  const [articles, courses, programs] = await Promise.all([
    articlesWithTags([tag], 50),
    coursesWithTags([tag]),
    programsWithTags([tag], 50),
  ]);
  return { articles, courses, programs, today: todayInSeoul() };
}

export const generateStaticParams = buildPlaceholder("tag");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, articles, courses, programs } = await load(params);
  if (articles.length + courses.length + programs.length === 0) return {};
  return pageMetadata({
    title: `#${tag}`,
    description: `‘${tag}’ 태그가 붙은 기사 ${articles.length}건, 훈련과정 ${courses.length}개, 지원사업 ${programs.length}개`,
    path: tagPath(tag),
  });
}

export default async function TagPage({ params }: Props) {
  const { tag, articles, courses, programs, today } = await load(params);
  if (articles.length + courses.length + programs.length === 0) notFound();
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">#{tag}</h1>
      {articles.length > 0 && (
        <section aria-labelledby="tag-articles">
          <h2 id="tag-articles" className="mb-3 text-lg font-bold">
            기사 {articles.length}
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
        </section>
      )}
      {courses.length > 0 && (
        <section aria-labelledby="tag-courses">
          <h2 id="tag-courses" className="mb-3 text-lg font-bold">
            훈련과정 {courses.length}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {courses.map((course) => (
              <li key={course.id}>
                <CourseCard course={course} today={today} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {programs.length > 0 && (
        <section aria-labelledby="tag-programs">
          <h2 id="tag-programs" className="mb-3 text-lg font-bold">
            지원사업 {programs.length}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {programs.map((program) => (
              <li key={program.id}>
                <ProgramCard program={program} today={today} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
