import type { Metadata } from "next";
import { WORK24_HOME } from "@/lib/sources/work24/map";
import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { movedOrNotFound } from "@/lib/routes/moved";
import { notFoundMetadata, pageMetadata } from "@/lib/metadata";
import { Link } from "@/components/navigation/link";
import { actionLinkClass } from "@/components/ui/action-link";
import { AddToCompare } from "@/components/courses/add-to-compare";
import { CourseCard, recruitmentTone } from "@/components/courses/course-card";
import { ProgramCard } from "@/components/programs/program-card";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { FactList } from "@/components/ui/fact-list";
import { JsonLd } from "@/components/ui/json-ld";
import { TagList } from "@/components/ui/tag-list";
import { articlesWithTags } from "@/lib/bulletin/queries";
import {
  costBreakdown,
  durationDays,
  employmentRateText,
  headcountText,
  locationText,
  recruitmentStatus,
  recruitmentStatusLabels,
  selfPayText,
  takesApplicants,
} from "@/lib/courses/derive";
import { scheduleLabels } from "@/lib/courses/enums";
import { publishedCourse } from "@/lib/courses/cached";
import { relatedCourses } from "@/lib/courses/queries";
import type { Course } from "@/lib/db/schema";
import { formatDate, todayInSeoul } from "@/lib/dates/dates";
import { formatKrw, formatNumber } from "@/lib/format/format";
import { programsFundingCourse } from "@/lib/programs/queries";
import { buildPlaceholder } from "@/lib/routes/build-placeholder";
import { articlePath, coursePath, coursesPath } from "@/lib/routes/public";

export const generateStaticParams = buildPlaceholder("id");

export async function generateMetadata({ params }: PageProps<"/courses/[id]">): Promise<Metadata> {
  const course = await publishedCourse((await params).id);
  if (!course) return notFoundMetadata;
  return pageMetadata({
    title: course.title,
    description: `${course.provider} · ${course.field} · 총 ${course.totalHours}시간`,
    path: coursePath(course),
  });
}

function costFacts(course: Course) {
  const cost = costBreakdown(course);
  if (!cost) return "훈련비 정보 없음";
  return (
    <ul className="space-y-0.5">
      <li>훈련비 {cost.tuition === null ? "정보 없음" : formatKrw(cost.tuition)}</li>
      {cost.government !== null && (
        <li>
          정부지원 {formatKrw(cost.government)}
          {cost.perHour !== null && (
            <span className="text-sm text-slate-500"> (시간당 {formatNumber(cost.perHour)}원)</span>
          )}
        </li>
      )}
      {cost.selfPay !== null && <li className="font-bold">자부담 {selfPayText(cost.selfPay)}</li>}
    </ul>
  );
}

function ApplySteps({ cardEligible }: { cardEligible: boolean }) {
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-5 leading-7">
      {cardEligible && <li>국민내일배움카드를 발급받습니다(복지로·고용24 또는 고용센터).</li>}
      <li>고용24에서 과정명이나 훈련기관으로 과정을 찾아 수강 신청합니다.</li>
      <li>훈련기관의 상담·선발 절차를 거쳐 수강이 확정됩니다.</li>
    </ol>
  );
}

export default async function CoursePage({ params }: PageProps<"/courses/[id]">) {
  const { id } = await params;
  const course = await publishedCourse(id);
  if (!course) return movedOrNotFound(coursePath(id));
  return <CourseView course={course} />;
}

/** Rendered once per change: the status reads today, the lists read other courses and programs. */
async function CourseView({ course }: { course: Course }) {
  "use cache";
  cacheTag(cacheTags.courses, cacheTags.programs, cacheTags.issues, cacheTags.today);
  const today = todayInSeoul();
  const status = recruitmentStatus(course, today);
  const days = durationDays(course);
  const ended = status === "ended";
  // Started or ended, the page leads to what a resident can join instead.
  const closedToApplicants = !takesApplicants(status);
  const [related, funding, articles] = await Promise.all([
    relatedCourses(course, today, { recruitingOnly: closedToApplicants }),
    programsFundingCourse(course),
    articlesWithTags(course.tags),
  ]);

  return (
    <article className="space-y-8">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Course",
          name: course.title,
          description: course.description,
          provider: { "@type": "Organization", name: course.provider },
          ...(course.startDate && {
            hasCourseInstance: {
              "@type": "CourseInstance",
              courseMode: "Onsite",
              startDate: course.startDate,
              endDate: course.endDate ?? undefined,
              location: course.address ?? undefined,
            },
          }),
        }}
      />
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={coursesPath()} className="text-brand-700 font-bold hover:underline">
            훈련과정
          </Link>
          <span className="text-slate-500"> / {course.field}</span>
        </p>
        <div className="flex flex-wrap gap-1.5">
          <Badge tone={recruitmentTone[status]}>{recruitmentStatusLabels[status]}</Badge>
          <Badge>{course.trainingType}</Badge>
          {course.cardEligible && <Badge tone="brand">내일배움카드</Badge>}
          {course.isSample && <SampleBadge />}
        </div>
        <h1 className="text-2xl leading-snug font-bold">{course.title}</h1>
        {closedToApplicants && (
          <p role="note" className="rounded-lg border border-slate-300 bg-slate-100 p-3 font-bold">
            {!ended
              ? `이 과정은 ${formatDate(course.startDate!)}에 시작해 진행 중입니다.`
              : course.closedAt
                ? `이 과정은 고용24 목록에서 내려가 ${formatDate(todayInSeoul(course.closedAt))}부터 종료로 표시합니다.`
                : `이 과정은 ${formatDate(course.endDate!)}에 끝났습니다.`}{" "}
            지금 신청할 수 없습니다.
            {related.length > 0 && (
              <>
                {" "}
                <a href="#related" className="text-brand-700 underline">
                  모집 중인 비슷한 과정
                </a>
                을 확인하세요.
              </>
            )}
          </p>
        )}
        <p className="text-slate-600">
          {course.provider}
          {course.district && ` · 인천 ${course.district}`}
        </p>
        {course.isSample && (
          <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {course.source === "demo"
              ? "이 과정은 공식 API(고용24)를 연결하기 전에 목록의 모양을 보여 주는 예시 자료입니다. 기관, 일정, 주소는 실제가 아닙니다."
              : "이 과정은 「인천 경제산업 Issue & Trend」 2024년 4월호 〔표 3〕의 분야별 평균에 맞춰 일정·기관 배정 등 세부 정보를 채운 예시 자료입니다."}{" "}
            실제 모집 정보는 고용24에서 확인하세요.
          </p>
        )}
      </header>

      <section aria-labelledby="facts" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="facts" className="mb-4 text-lg font-bold">
          과정 정보
        </h2>
        <FactList
          facts={[
            {
              label: "훈련기간",
              value: course.startDate
                ? `${formatDate(course.startDate)} ~ ${course.endDate ? formatDate(course.endDate) : "미정"}${days ? ` (${days}일)` : ""}`
                : "일정이 아직 정해지지 않았습니다",
            },
            {
              label: "운영 요일",
              value: course.schedule ? scheduleLabels[course.schedule] : "정보 없음",
            },
            { label: "총 훈련시간", value: `${formatNumber(course.totalHours)}시간` },
            { label: "비용", value: costFacts(course) },
            { label: "정원·인원", value: headcountText(course) },
            { label: "취업률", value: employmentRateText(course, today) },
            { label: "훈련기관", value: course.provider },
            { label: "위치", value: locationText(course) },
          ]}
        />
      </section>

      <section aria-labelledby="apply" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="apply" className="mb-2 text-lg font-bold">
          신청 방법
        </h2>
        {/* A course no longer taking applicants keeps its steps, behind the note above. */}
        {closedToApplicants ? (
          <details>
            <summary className="cursor-pointer py-2.5 text-slate-700">지난 신청 방법 보기</summary>
            <ApplySteps cardEligible={course.cardEligible} />
          </details>
        ) : (
          <ApplySteps cardEligible={course.cardEligible} />
        )}
        <p className="mt-3 flex flex-wrap gap-2">
          {/* The link says where it goes: the round's own page, or 고용24's search when the
              portal has no address for it (the bulletin's samples). */}
          <a
            href={course.url ?? WORK24_HOME}
            // A course no longer taking applicants leads with the open ones below.
            className={actionLinkClass(!closedToApplicants)}
            rel="noopener"
          >
            {course.url ? "고용24의 이 과정 페이지 열기" : "고용24 첫 화면에서 과정 찾기"}
          </a>{" "}
          <AddToCompare id={course.externalId} />
        </p>
      </section>

      {course.description && (
        <section aria-labelledby="about">
          <h2 id="about" className="mb-2 text-lg font-bold">
            과정 소개
          </h2>
          <p className="leading-7">{course.description}</p>
          <div className="mt-3">
            <TagList tags={course.tags} />
          </div>
        </section>
      )}

      {funding.length > 0 && (
        <section aria-labelledby="funding">
          <h2 id="funding" className="mb-3 text-lg font-bold">
            이 과정의 비용을 지원하는 사업
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {funding.map((program) => (
              <li key={program.id}>
                <ProgramCard program={program} today={today} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {articles.length > 0 && (
        <section aria-labelledby="articles">
          <h2 id="articles" className="mb-3 text-lg font-bold">
            관련 기사
          </h2>
          <ul className="space-y-2">
            {articles.map(({ article, issue }) => (
              <li key={article.id}>
                <Link
                  href={articlePath(issue, article)}
                  className="text-brand-700 font-bold hover:underline"
                >
                  {article.title}
                </Link>
                <span className="text-sm text-slate-500"> · {issue.title}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related" className="mb-3 text-lg font-bold">
            {closedToApplicants ? "모집 중인 비슷한 과정" : "비슷한 과정"}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {related.map((other) => (
              <li key={other.id}>
                <CourseCard course={other} today={today} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
