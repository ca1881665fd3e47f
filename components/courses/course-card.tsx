import Link from "next/link";
import { Badge, SampleBadge, type BadgeTone } from "@/components/ui/badge";
import {
  recruitmentStatus,
  recruitmentStatusLabels,
  type RecruitmentStatus,
} from "@/lib/courses/derive";
import { scheduleLabels } from "@/lib/courses/enums";
import type { Course } from "@/lib/db/schema";
import { formatDate } from "@/lib/dates/dates";
import { formatNumber } from "@/lib/format/format";
import { CompareCheckbox } from "./compare-checkbox";
import { coursePath } from "@/lib/routes/public";

export const recruitmentTone: Record<RecruitmentStatus, BadgeTone> = {
  recruiting: "green",
  in_progress: "brand",
  ended: "neutral",
  unknown: "neutral",
};

export function CourseCard({
  course,
  today,
  compareForm,
}: {
  course: Course;
  today: string;
  /** The compare tray's form id, on a catalog page: the card offers a '비교' checkbox. */
  compareForm?: string;
}) {
  const status = recruitmentStatus(course, today);
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone={recruitmentTone[status]}>{recruitmentStatusLabels[status]}</Badge>
        <Badge>{course.field}</Badge>
        {course.cardEligible && <Badge tone="brand">내일배움카드</Badge>}
        {course.isSample && <SampleBadge />}
        {compareForm && (
          // Sits above the card's stretched link so it stays tappable.
          <CompareCheckbox
            course={{ id: course.externalId, title: course.title }}
            form={compareForm}
            className="relative z-10 ml-auto flex min-h-9 cursor-pointer items-center gap-1.5 rounded-md px-2 text-sm font-bold text-slate-700 hover:bg-slate-100"
          >
            비교
          </CompareCheckbox>
        )}
      </div>
      <h3 className="text-base leading-6 font-bold">
        <Link
          href={coursePath(course)}
          className="hover:text-brand-700 after:absolute after:inset-0"
        >
          {course.title}
        </Link>
      </h3>
      <p className="text-sm text-slate-600">
        {course.provider}
        {course.district && ` · ${course.district}`}
      </p>
      <dl className="mt-auto grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">시작일</dt>
        <dd>{course.startDate ? formatDate(course.startDate) : "미정"}</dd>
        <dt className="text-slate-500">총 훈련시간</dt>
        <dd>{formatNumber(course.totalHours)}시간</dd>
        {course.schedule && (
          <>
            <dt className="text-slate-500">요일</dt>
            <dd>{scheduleLabels[course.schedule]}</dd>
          </>
        )}
        {course.selfPayment !== null && (
          <>
            <dt className="text-slate-500">자부담</dt>
            <dd>{course.selfPayment === 0 ? "무료" : `${formatNumber(course.selfPayment)}원`}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
