import { Link } from "@/components/navigation/link";
import { Badge, SampleBadge, type BadgeTone } from "@/components/ui/badge";
import {
  costBreakdown,
  recruitmentStatus,
  recruitmentStatusLabels,
  selfPayText,
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
  const selfPay = costBreakdown(course)?.selfPay;
  return (
    <article className="card">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone={recruitmentTone[status]}>{recruitmentStatusLabels[status]}</Badge>
        <Badge>{course.field}</Badge>
        {course.cardEligible && <Badge tone="brand">내일배움카드</Badge>}
        {course.isSample && <SampleBadge />}
        {compareForm && (
          <CompareCheckbox
            course={{ id: course.externalId, title: course.title }}
            form={compareForm}
            className="card-compare"
          >
            비교
          </CompareCheckbox>
        )}
      </div>
      <h3 className="text-base leading-6 font-bold">
        <Link href={coursePath(course)} className="card-link">
          {course.title}
        </Link>
      </h3>
      <p className="text-sm text-slate-600">
        {course.provider}
        {course.district && ` · ${course.district}`}
      </p>
      <dl className="mt-auto grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        <dt>시작일</dt>
        <dd>{course.startDate ? formatDate(course.startDate) : "미정"}</dd>
        <dt>총 훈련시간</dt>
        <dd>{formatNumber(course.totalHours)}시간</dd>
        {course.schedule && (
          <>
            <dt>요일</dt>
            <dd>{scheduleLabels[course.schedule]}</dd>
          </>
        )}
        {selfPay != null && (
          <>
            <dt>자부담</dt>
            <dd>{selfPayText(selfPay)}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
