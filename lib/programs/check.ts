import "server-only";
import { and, asc, desc, or, sql } from "drizzle-orm";
import { catalogQueryString } from "@/lib/catalog/spec";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { published as publishedCourse } from "@/lib/courses/visibility";
import { db } from "@/lib/db/client";
import { courses, programs } from "@/lib/db/schema";
import { coursesPath } from "@/lib/routes/public";
import { programCatalogSpec } from "./catalog-spec";
import {
  applicationStatus,
  applicationStatusLabel,
  periodLine,
  type ApplicationStatus,
} from "./derive";
import {
  checkEligibility,
  verdictOf,
  type CheckAnswers,
  type RuleCheck,
  type Verdict,
} from "./eligibility";
import { programsFundingCourse } from "./queries";
import { published } from "./visibility";

export type CheckedProgram = {
  externalId: string;
  title: string;
  agency: string;
  status: ApplicationStatus;
  /** The status in the program's own words (접수중, or 시행 중 for a plan or pilot). */
  statusLabel: string;
  /** Its period as cards state it (periodLine). */
  period: string;
  eligibility: string;
  isSample: boolean;
  verdict: Verdict;
  checks: RuleCheck[];
};

export type CheckedCourse = {
  externalId: string;
  title: string;
  provider: string;
  district: string | null;
  startDate: string | null;
  isSample: boolean;
  verdict: Verdict;
  checks: RuleCheck[];
};

export type EligibilityResult = {
  programs: Record<Verdict, CheckedProgram[]>;
  /** Programs left out because their application has closed. */
  closedCount: number;
  courses: CheckedCourse[];
  /** The course catalog showing every course recruiting now (in the resident's 군·구, if given). */
  moreCoursesHref: string;
};

const verdictRank: Record<Verdict, number> = { likely: 0, unclear: 1, unlikely: 2 };
const COURSES_SHOWN = 6;
// Recruiting courses looked at for the few shown; the rest are a click away in the catalog.
const COURSES_CONSIDERED = 60;

/** Open and upcoming programs, and recruiting courses, checked against one resident's answers. */
export async function checkResidentEligibility(
  answers: CheckAnswers,
  today: string,
): Promise<EligibilityResult> {
  const { sql: statusIs } = programCatalogSpec.status;
  const closed = statusIs("closed", today);
  // Not "not(closed)": with no deadline that expression is NULL, which SQL reads as false.
  const notClosed = or(
    statusIs("open", today),
    statusIs("always", today),
    statusIs("upcoming", today),
    statusIs("notice", today),
  );
  const [candidates, [closedRow]] = await Promise.all([
    db
      .select()
      .from(programs)
      .where(and(published, notClosed))
      .orderBy(sql`${programs.applyEnd} is null`, asc(programs.applyEnd), asc(programs.title)),
    db
      .select({ closedCount: sql<number>`count(*)` })
      .from(programs)
      .where(and(published, closed)),
  ]);
  const grouped: Record<Verdict, CheckedProgram[]> = { likely: [], unclear: [], unlikely: [] };
  for (const program of candidates) {
    const status = applicationStatus(program, today);
    const checks = checkEligibility(program, answers);
    const verdict = verdictOf(checks);
    grouped[verdict].push({
      externalId: program.externalId,
      title: program.title,
      agency: program.agency,
      status,
      statusLabel: applicationStatusLabel(program, status),
      period: periodLine(program, today).value,
      eligibility: program.eligibility,
      isSample: program.isSample,
      verdict,
      checks,
    });
  }
  const district = answers.residence && answers.residence !== "outside" ? answers.residence : null;
  return {
    programs: grouped,
    closedCount: closedRow?.closedCount ?? 0,
    courses: await checkCourses(answers, today, district),
    moreCoursesHref: coursesPath(
      catalogQueryString(courseCatalogSpec, {
        status: ["recruiting"],
        district: district ? [district] : [],
      }),
    ),
  };
}

/**
 * Recruiting courses, in the resident's 군·구 first: a course takes the rules of the programs
 * that pay for it (K-디지털 트레이닝's targets, 국민내일배움카드's), all of which must hold.
 */
async function checkCourses(answers: CheckAnswers, today: string, district: string | null) {
  const recruiting = await db
    .select()
    .from(courses)
    .where(and(publishedCourse, courseCatalogSpec.status.sql("recruiting", today)))
    .orderBy(
      desc(sql`${courses.district} is not null and ${courses.district} = ${district}`),
      asc(courses.startDate),
    )
    .limit(COURSES_CONSIDERED);
  const checked: CheckedCourse[] = [];
  const fundingByKey = new Map<string, Awaited<ReturnType<typeof programsFundingCourse>>>();
  for (const course of recruiting) {
    const key = JSON.stringify([course.tags, course.cardEligible]);
    const funding = fundingByKey.get(key) ?? (await programsFundingCourse(course));
    fundingByKey.set(key, funding);
    const checks: RuleCheck[] =
      funding.length === 0
        ? [
            {
              rule: "대상",
              outcome: "unknown",
              detail: "이 과정을 지원하는 사업의 자격 정보가 없습니다",
            },
          ]
        : funding.flatMap((program) =>
            checkEligibility(program, answers).map((check) => ({
              ...check,
              source: program.title,
            })),
          );
    const verdict = verdictOf(checks);
    if (verdict === "unlikely") continue;
    checked.push({
      externalId: course.externalId,
      title: course.title,
      provider: course.provider,
      district: course.district,
      startDate: course.startDate,
      isSample: course.isSample,
      verdict,
      checks,
    });
  }
  return checked
    .sort((a, b) => verdictRank[a.verdict] - verdictRank[b.verdict])
    .slice(0, COURSES_SHOWN);
}
