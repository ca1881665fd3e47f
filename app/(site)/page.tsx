import { cacheTag } from "next/cache";
import { Link } from "@/components/navigation/link";
import { cacheTags } from "@/lib/cache/tags";
import { IssueArticleList } from "@/components/bulletin/issue-article-list";
import { CourseCard } from "@/components/courses/course-card";
import { ProgramCard } from "@/components/programs/program-card";
import { SectionHeading } from "@/components/ui/section-heading";
import { latestIssue } from "@/lib/bulletin/queries";
import { coursesOpenForApplication } from "@/lib/courses/queries";
import { addDays, formatDateTime, todayInSeoul } from "@/lib/dates/dates";
import { programsClosingSoon } from "@/lib/programs/queries";
import { courseQueryString } from "@/lib/courses/filters";
import { programQueryString } from "@/lib/programs/filters";
import { catalogAsOf } from "@/lib/sources/status";
import {
  coursesPath,
  eligibilityCheckPath,
  issuePath,
  issuesPath,
  programsPath,
} from "@/lib/routes/public";

const CLOSING_SOON_DAYS = 14;

export default async function HomePage() {
  "use cache";
  cacheTag(
    cacheTags.issues,
    cacheTags.courses,
    cacheTags.programs,
    cacheTags.catalogAsOf,
    cacheTags.today,
  );
  const today = todayInSeoul();
  const [issue, openCourses, closingPrograms, asOf] = await Promise.all([
    latestIssue(),
    coursesOpenForApplication(today),
    programsClosingSoon(today, addDays(today, CLOSING_SOON_DAYS)),
    catalogAsOf(),
  ]);

  return (
    <div className="space-y-12">
      <section className="bg-brand-900 rounded-2xl px-5 py-8 text-white md:px-10">
        <h1 className="text-2xl leading-snug font-bold md:text-3xl">
          인천에서 배우고, 지원받고, 흐름을 읽다
        </h1>
        <p className="text-brand-100 mt-2 max-w-2xl">
          인천 지역 훈련과정과 지원사업을 한 번에 찾고, 월간 「인천 경제산업 Issue & Trend」를 읽어
          보세요. 위의 검색창에서 과정·지원사업·기사를 함께 찾을 수 있습니다.
        </p>
        <p className="mt-4">
          <Link
            href={eligibilityCheckPath}
            className="text-brand-900 inline-flex min-h-11 items-center rounded-lg bg-white px-4 font-bold"
          >
            내 조건으로 신청할 수 있는 지원 찾기
          </Link>
        </p>
        {(asOf.courses || asOf.programs) && (
          <p className="text-brand-100 mt-4 text-sm">
            자료 기준:{" "}
            {[
              asOf.courses && `훈련과정 ${formatDateTime(asOf.courses)}`,
              asOf.programs && `지원사업 ${formatDateTime(asOf.programs)}`,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        )}
      </section>

      <section>
        <SectionHeading
          title="지금 신청할 수 있는 훈련과정"
          href={coursesPath()}
          linkLabel="모든 과정 보기"
        />
        {openCourses.length > 0 ? (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {openCourses.map((course) => (
              <li key={course.id}>
                <CourseCard course={course} today={today} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">
            지금 모집 중인 과정이 없습니다.{" "}
            <Link
              href={coursesPath(courseQueryString({ status: ["ended"] }))}
              className="text-brand-700 font-bold underline"
            >
              지난 과정
            </Link>
            에서 어떤 과정이 운영됐는지 살펴보세요.
          </p>
        )}
      </section>

      <section>
        <SectionHeading
          title={`${CLOSING_SOON_DAYS}일 안에 마감하는 지원사업`}
          href={programsPath()}
          linkLabel="모든 지원사업 보기"
        />
        {closingPrograms.length > 0 ? (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {closingPrograms.map((program) => (
              <li key={program.id}>
                <ProgramCard program={program} today={today} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">
            {CLOSING_SOON_DAYS}일 안에 마감하는 지원사업이 없습니다.{" "}
            <Link
              href={programsPath(programQueryString({ status: ["always"] }))}
              className="text-brand-700 font-bold underline"
            >
              상시 접수 사업
            </Link>
            도 확인해 보세요.
          </p>
        )}
      </section>

      {issue && (
        <section aria-labelledby="latest-issue">
          <SectionHeading title="최신호" href={issuesPath()} linkLabel="지난 호 보기" />
          <div className="rounded-xl border border-slate-200 bg-white p-5">
            <h3 id="latest-issue" className="text-lg font-bold">
              <Link href={issuePath(issue)} className="hover:text-brand-700 hover:underline">
                {issue.title}
              </Link>
            </h3>
            <p className="mt-1 mb-4 text-slate-600">{issue.summary}</p>
            <IssueArticleList issue={issue} headingLevel="h3" />
          </div>
        </section>
      )}
    </div>
  );
}
