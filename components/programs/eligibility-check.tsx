"use client";

import { Link } from "@/components/navigation/link";
import { useActionState, useEffect, useId, useRef } from "react";
import { Badge, SampleBadge, type BadgeTone } from "@/components/ui/badge";
import { applicationStatusTone } from "./application-status-badge";
import { districtNames } from "@/lib/districts/districts";
import { formatDate } from "@/lib/dates/dates";
import { recruitmentStatusLabels } from "@/lib/courses/derive";
import { checkEligibilityAction, type EligibilityCheckState } from "@/lib/programs/check-action";
import type { CheckedCourse, CheckedProgram } from "@/lib/programs/check";
import type { CheckAnswers, RuleCheck, RuleOutcome, Verdict } from "@/lib/programs/eligibility";
import {
  householdSizeLabel,
  householdSizes,
  incomeBandLabels,
  incomeBands,
  programApplicantLabels,
  residentStatuses,
} from "@/lib/programs/enums";
import { coursePath, programPath } from "@/lib/routes/public";

const idle: EligibilityCheckState = { status: "idle" };

const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 min-h-11 aria-invalid:border-red-600";

/** The form and its answer; the answers go to the server in the POST body and nowhere else. */
export function EligibilityCheck() {
  const [state, action, pending] = useActionState(checkEligibilityAction, idle);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const answers: Partial<CheckAnswers> = state.status === "ok" ? state.answers : {};
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const field = (name: string) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined,
  });
  const text = (name: keyof CheckAnswers, answer: unknown) =>
    values ? (values[name]?.[0] ?? "") : answer == null ? "" : String(answer);

  useEffect(() => {
    // A new answer moves focus to it, so keyboard and screen-reader users land on the result.
    if (state.status === "ok") resultsRef.current?.focus();
  }, [state]);

  return (
    <>
      {/* key: a new answer remounts the fields with it as their defaults (React resets a form
          after its action ran). */}
      <form
        key={JSON.stringify(state.status === "ok" ? state.answers : values)}
        action={action}
        noValidate
        className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        {state.status === "error" && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm font-bold text-red-800">
            {errors.form ?? state.message}
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Question id={`${id}-age`} label="나이 (만)" error={errors.age}>
            <input
              id={`${id}-age`}
              name="age"
              type="number"
              inputMode="numeric"
              min={0}
              max={120}
              defaultValue={text("age", answers.age)}
              className={fieldClass}
              {...field("age")}
            />
          </Question>
          <SelectQuestion
            id={`${id}-residence`}
            name="residence"
            label="사는 곳"
            error={errors.residence}
            defaultValue={text("residence", answers.residence)}
            options={[
              { value: "", label: "고르지 않음" },
              ...districtNames.map((name) => ({ value: name, label: `인천 ${name}` })),
              { value: "outside", label: "인천 밖" },
            ]}
          />
        </div>
        <fieldset {...field("statuses")}>
          <legend className="text-sm font-bold text-slate-800">지금 나는 (해당하는 것 모두)</legend>
          <div className="mt-1 grid gap-x-4 sm:grid-cols-3">
            {residentStatuses.map((status) => (
              <label key={status} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  name="statuses"
                  value={status}
                  defaultChecked={
                    values
                      ? (values.statuses ?? []).includes(status)
                      : (answers.statuses ?? []).includes(status)
                  }
                  className="size-5"
                />
                {programApplicantLabels[status]}
              </label>
            ))}
          </div>
          <FieldError id={`${id}-statuses-error`} message={errors.statuses} />
        </fieldset>
        <details
          className="rounded-lg border border-slate-200 p-3"
          open={Boolean(answers.householdSize || answers.incomeBand || values?.householdSize?.[0])}
        >
          <summary className="min-h-11 cursor-pointer content-center font-bold">
            가구와 소득 (선택)
          </summary>
          <p className="mt-1 text-sm text-slate-600">
            소득 조건은 사업마다 계산법이 달라 그대로 판정하지 않고, 조건 옆에 알려 주신 구간을 함께
            보여 드립니다.
          </p>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <SelectQuestion
              id={`${id}-householdSize`}
              name="householdSize"
              label="가구원 수"
              error={errors.householdSize}
              defaultValue={text("householdSize", answers.householdSize)}
              options={[
                { value: "", label: "고르지 않음" },
                ...householdSizes.map((size) => ({
                  value: String(size),
                  label: householdSizeLabel(size),
                })),
              ]}
            />
            <SelectQuestion
              id={`${id}-incomeBand`}
              name="incomeBand"
              label="소득 구간"
              error={errors.incomeBand}
              defaultValue={text("incomeBand", answers.incomeBand)}
              options={[
                { value: "", label: "모름 · 고르지 않음" },
                ...incomeBands.map((band) => ({ value: band, label: incomeBandLabels[band] })),
              ]}
            />
          </div>
        </details>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-800 min-h-11 rounded-md px-5 font-bold text-white disabled:opacity-60"
            disabled={pending}
          >
            {pending ? "확인하는 중…" : "확인하기"}
          </button>
          <p className="text-sm text-slate-600">
            입력한 내용은 이 화면을 만드는 데만 쓰고 저장하거나 기록하지 않습니다.
          </p>
        </div>
      </form>
      {state.status === "ok" && <CheckResults state={state} headingRef={resultsRef} />}
    </>
  );
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-bold text-red-700">
      {message}
    </p>
  );
}

/** One labelled answer; its error's id is the control's id + "-error". */
function Question({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-bold text-slate-800">
        {label}
      </label>
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function SelectQuestion({
  id,
  name,
  label,
  error,
  defaultValue,
  options,
}: {
  id: string;
  name: string;
  label: string;
  error?: string;
  defaultValue: string;
  options: { value: string; label: string }[];
}) {
  return (
    <Question id={id} label={label} error={error}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className={fieldClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Question>
  );
}

const verdictHeadings: Record<Verdict, string> = {
  likely: "신청할 수 있을 것 같아요",
  unclear: "확인이 필요해요",
  unlikely: "조건이 맞지 않아요",
};

function CheckResults({
  state,
  headingRef,
}: {
  state: Extract<EligibilityCheckState, { status: "ok" }>;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { programs, closedCount, courses, moreCoursesHref } = state.result;
  return (
    <section aria-labelledby="check-results" className="mt-8 space-y-8">
      <div>
        <h2 id="check-results" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
          확인 결과
        </h2>
        <p className="mt-1 text-slate-700">
          지원사업 {programs.likely.length}개는 신청할 수 있을 것 같고, {programs.unclear.length}
          개는 확인이 필요하며, {programs.unlikely.length}개는 조건이 맞지 않습니다.
          {closedCount > 0 && ` 마감된 사업 ${closedCount}개는 뺐습니다.`}
        </p>
        <p className="mt-1 text-sm text-slate-600">
          자료에 적힌 조건과 알려 주신 답만 비교한 안내입니다. 신청 전에 각 사업의 공고에서 자격을
          확인하세요.
        </p>
      </div>
      <ProgramGroup verdict="likely" programs={programs.likely} />
      <ProgramGroup verdict="unclear" programs={programs.unclear} />
      {programs.unlikely.length > 0 && (
        <details className="rounded-xl border border-slate-200 bg-white p-4">
          <summary className="min-h-11 cursor-pointer content-center text-lg font-bold">
            {verdictHeadings.unlikely} ({programs.unlikely.length}개)
          </summary>
          <ProgramList programs={programs.unlikely} />
        </details>
      )}
      <section aria-labelledby="check-courses">
        <h3 id="check-courses" className="text-lg font-bold">
          지금 모집 중인 훈련과정
        </h3>
        {courses.length > 0 ? (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {courses.map((course) => (
              <li key={course.externalId}>
                <CourseResult course={course} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">지금 모집 중이면서 조건이 맞는 과정이 없습니다.</p>
        )}
        <p className="mt-3">
          <Link href={moreCoursesHref} className="text-brand-700 font-bold underline">
            모집 중인 과정 모두 보기
          </Link>
        </p>
      </section>
    </section>
  );
}

function ProgramGroup({ verdict, programs }: { verdict: Verdict; programs: CheckedProgram[] }) {
  return (
    <section aria-labelledby={`check-${verdict}`}>
      <h3 id={`check-${verdict}`} className="text-lg font-bold">
        {verdictHeadings[verdict]} ({programs.length}개)
      </h3>
      {programs.length > 0 ? (
        <ProgramList programs={programs} />
      ) : (
        <p className="mt-2 text-slate-700">해당하는 지원사업이 없습니다.</p>
      )}
    </section>
  );
}

function ProgramList({ programs }: { programs: CheckedProgram[] }) {
  return (
    <ul className="mt-3 grid gap-3 sm:grid-cols-2">
      {programs.map((program) => (
        <li key={program.externalId}>
          <article className="flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-1.5">
              <Badge tone={applicationStatusTone[program.status]}>{program.statusLabel}</Badge>
              {program.isSample && <SampleBadge />}
            </div>
            <h4 className="font-bold">
              <Link
                href={programPath(program)}
                className="hover:text-brand-700 underline-offset-2 hover:underline"
              >
                {program.title}
              </Link>
            </h4>
            <p className="text-sm text-slate-600">
              {program.agency} · {program.period}
            </p>
            <RuleList checks={program.checks} />
            <details className="text-sm">
              <summary className="cursor-pointer py-2.5 text-slate-700">신청 자격 원문</summary>
              <p className="mt-1 whitespace-pre-line text-slate-700">{program.eligibility}</p>
            </details>
          </article>
        </li>
      ))}
    </ul>
  );
}

function CourseResult({ course }: { course: CheckedCourse }) {
  return (
    <article className="flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone="green">{recruitmentStatusLabels.recruiting}</Badge>
        {course.isSample && <SampleBadge />}
      </div>
      <h4 className="font-bold">
        <Link
          href={coursePath(course)}
          className="hover:text-brand-700 underline-offset-2 hover:underline"
        >
          {course.title}
        </Link>
      </h4>
      <p className="text-sm text-slate-600">
        {course.provider}
        {course.district && ` · ${course.district}`}
        {course.startDate && ` · ${formatDate(course.startDate)} 개강`}
      </p>
      <RuleList checks={course.checks} />
    </article>
  );
}

const outcomeLabels: Record<RuleOutcome, { label: string; tone: BadgeTone }> = {
  met: { label: "맞음", tone: "green" },
  unmet: { label: "안 맞음", tone: "red" },
  unknown: { label: "확인 필요", tone: "amber" },
};

function RuleList({ checks }: { checks: RuleCheck[] }) {
  return (
    <ul className="space-y-1 text-sm">
      {checks.map((check, index) => (
        <li key={index} className="flex gap-2">
          <span className="shrink-0">
            <Badge tone={outcomeLabels[check.outcome].tone}>
              {outcomeLabels[check.outcome].label}
            </Badge>
          </span>
          <span>
            <strong>{check.rule}</strong>
            {check.source && <span className="text-slate-600"> ({check.source})</span>}:{" "}
            {check.detail}
          </span>
        </li>
      ))}
    </ul>
  );
}
