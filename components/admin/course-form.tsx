"use client";

import { deleteCourse, saveCourse } from "@/lib/courses/actions";
import { employmentStatusLabels, optionsOf, scheduleLabels } from "@/lib/courses/enums";
import { todayInSeoul } from "@/lib/dates/dates";
import type { Course } from "@/lib/db/schema";
import { DeleteRecordForm } from "./record-editor-frame";
import { RecordVersionField } from "./record-version";
import {
  ActionForm,
  CheckboxField,
  SelectField,
  SubmitButton,
  TextField,
  UnsavedNote,
} from "./action-form";
import { TagField } from "./tag-field";

const scheduleOptions = optionsOf(scheduleLabels);
const employmentOptions = optionsOf(employmentStatusLabels);

/** Create (no course) or edit one course; every field is checked again by the action. */
export function CourseForm({
  course,
  sourceName,
}: {
  course?: Course;
  /** The official source that feeds it, as editors read it (lib/sources/status.ts). */
  sourceName?: string;
}) {
  return (
    <>
      <ActionForm action={saveCourse} className="max-w-4xl space-y-6" guardUnsaved>
        {course && <input type="hidden" name="id" value={course.id} />}
        <fieldset className="grid gap-4 md:grid-cols-2">
          <legend className="mb-2 text-lg font-bold">기본 정보</legend>
          <TextField name="title" label="과정명" defaultValue={course?.title} required />
          <TextField
            name="externalId"
            label="과정 ID"
            defaultValue={course?.externalId}
            hint={
              sourceName
                ? `${sourceName}의 ID라 바꿀 수 없습니다. 동기화가 이 ID로 찾아옵니다.`
                : "공개 주소에 쓰입니다. 영문, 숫자, -, _"
            }
            readOnly={Boolean(sourceName)}
            required
          />
          <TextField name="provider" label="훈련기관" defaultValue={course?.provider} required />
          <TextField
            name="trainingType"
            label="훈련유형"
            defaultValue={course?.trainingType}
            required
          />
          <TextField name="field" label="분야" defaultValue={course?.field} required />
          <TextField name="ncsCode" label="NCS 코드" defaultValue={course?.ncsCode} />
          <TextField
            name="year"
            label="연도"
            type="number"
            defaultValue={course?.year ?? todayInSeoul().slice(0, 4)}
            required
          />
          <TagField defaultValue={course?.tags.join(", ")} hint="쉼표로 나눕니다" />
        </fieldset>
        <fieldset className="grid gap-4 md:grid-cols-2">
          <legend className="mb-2 text-lg font-bold">장소와 일정</legend>
          <TextField
            name="district"
            label="군·구"
            defaultValue={course?.district}
            hint="예: 남동구, 제물포구"
          />
          <TextField name="address" label="주소" defaultValue={course?.address} />
          <TextField name="startDate" label="개강일" type="date" defaultValue={course?.startDate} />
          <TextField name="endDate" label="종강일" type="date" defaultValue={course?.endDate} />
          <TextField
            name="totalHours"
            label="총 훈련시간"
            type="number"
            defaultValue={course?.totalHours}
            required
          />
          <SelectField
            name="schedule"
            label="수업 요일"
            options={scheduleOptions}
            defaultValue={course?.schedule}
          />
        </fieldset>
        <fieldset className="grid gap-4 md:grid-cols-2">
          <legend className="mb-2 text-lg font-bold">인원과 비용</legend>
          <TextField
            name="capacity"
            label="정원"
            type="number"
            defaultValue={course?.capacity}
            required
          />
          <TextField
            name="applicants"
            label="신청 인원"
            type="number"
            defaultValue={course?.applicants}
          />
          <TextField
            name="enrolled"
            label="참여 인원"
            type="number"
            defaultValue={course?.enrolled}
          />
          <TextField
            name="tuition"
            label="훈련비 (원)"
            type="number"
            defaultValue={course?.tuition}
          />
          <TextField
            name="subsidyPerHour"
            label="시간당 정부지원금 (원)"
            type="number"
            defaultValue={course?.subsidyPerHour}
          />
          <CheckboxField
            name="cardEligible"
            label="국민내일배움카드 사용 가능"
            defaultChecked={course?.cardEligible ?? true}
          />
        </fieldset>
        <fieldset className="grid gap-4 md:grid-cols-2">
          <legend className="mb-2 text-lg font-bold">성과와 안내</legend>
          <TextField
            name="employmentRate"
            label="취업률 (%)"
            defaultValue={course?.employmentRate}
          />
          <SelectField
            name="employmentStatus"
            label="취업률이 없는 이유"
            options={employmentOptions}
            defaultValue={course?.employmentStatus}
          />
          <TextField name="url" label="신청 주소" type="url" defaultValue={course?.url} />
          <CheckboxField
            name="isSample"
            label="예시 데이터 (공개 화면에 '예시' 표시)"
            defaultChecked={course?.isSample ?? false}
          />
        </fieldset>
        <TextField name="description" label="소개" rows={6} defaultValue={course?.description} />
        <div className="flex items-center gap-3">
          <SubmitButton>{course ? "저장" : "초안으로 만들기"}</SubmitButton>
          <UnsavedNote />
        </div>
        {course && (
          <RecordVersionField version={course.version} latestHref={`/admin/courses/${course.id}`} />
        )}
      </ActionForm>
      {course && (
        <DeleteRecordForm
          id={course.id}
          title={course.title}
          label="과정"
          action={deleteCourse}
          sourceName={sourceName}
        />
      )}
    </>
  );
}
