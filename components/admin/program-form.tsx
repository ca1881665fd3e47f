"use client";

import type { Program } from "@/lib/db/schema";
import { deleteProgram, saveProgram } from "@/lib/programs/actions";
import { DeleteRecordForm } from "./record-editor-frame";
import { RecordVersionField } from "./record-version";
import {
  programApplicantLabels,
  programApplicants,
  programAreaLabel,
  programAreas,
  programPeriodKindLabels,
} from "@/lib/programs/enums";
import { optionsOf } from "@/lib/courses/enums";
import {
  ActionForm,
  CheckboxField,
  CheckboxGroupField,
  SelectField,
  SubmitButton,
  TextField,
  UnsavedNote,
} from "./action-form";
import { TagField } from "./tag-field";

const periodKindOptions = optionsOf(programPeriodKindLabels);

/** Create (no program) or edit one support program; every field is checked again by the action. */
export function ProgramForm({
  program,
  sourceName,
}: {
  program?: Program;
  /** The official source that feeds it, as editors read it (lib/sources/status.ts). */
  sourceName?: string;
}) {
  return (
    <>
      <ActionForm action={saveProgram} className="max-w-4xl space-y-6" guardUnsaved>
        {program && <input type="hidden" name="id" value={program.id} />}
        <fieldset className="grid gap-4 md:grid-cols-2">
          <legend className="mb-2 text-lg font-bold">기본 정보</legend>
          <TextField name="title" label="사업명" defaultValue={program?.title} required />
          <TextField
            name="externalId"
            label="사업 ID"
            defaultValue={program?.externalId}
            hint={
              sourceName
                ? `${sourceName}의 ID라 바꿀 수 없습니다. 동기화가 이 ID로 찾아옵니다.`
                : "공개 주소에 쓰입니다. 영문 소문자, 숫자, 하이픈"
            }
            readOnly={Boolean(sourceName)}
            required
          />
          <TextField name="agency" label="소관기관" defaultValue={program?.agency} required />
          <TextField name="category" label="분야" defaultValue={program?.category} required />
          <TextField
            name="targetGroups"
            label="지원 대상"
            defaultValue={program?.targetGroups.join(", ")}
            hint="쉼표로 나눕니다. 예: 청년, 소상공인"
            required
          />
          <TextField name="region" label="지역" defaultValue={program?.region ?? "인천"} required />
          <TagField defaultValue={program?.tags.join(", ")} hint="쉼표로 나눕니다" />
          <TextField
            name="maxAmountKrw"
            label="최대 지원금액 (원)"
            type="number"
            defaultValue={program?.maxAmountKrw}
          />
          <TextField
            name="minAge"
            label="최소 나이 (만)"
            type="number"
            defaultValue={program?.minAge}
            hint="나이 제한이 없으면 비워 둡니다"
          />
          <TextField
            name="maxAge"
            label="최대 나이 (만)"
            type="number"
            defaultValue={program?.maxAge}
          />
          <CheckboxField
            name="isSample"
            label="예시 데이터 (공개 화면에 '예시' 표시)"
            defaultChecked={program?.isSample ?? false}
          />
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="mb-2 text-lg font-bold">자격 (지원 자격 빠른 확인에 쓰입니다)</legend>
          <CheckboxGroupField
            name="eligibleApplicants"
            legend="신청할 수 있는 사람"
            hint="자료에 없으면 모두 비워 두세요. 빠른 확인에 ‘확인 필요’로 나옵니다."
            options={programApplicants.map((value) => ({
              value,
              label: programApplicantLabels[value],
            }))}
            defaultValues={program?.eligibleApplicants ?? []}
          />
          <CheckboxGroupField
            name="eligibleAreas"
            legend="신청할 수 있는 지역"
            hint="인천 시민 기준입니다. 몇 개 군·구만 되면 그 군·구를 고르세요."
            options={programAreas.map((value) => ({ value, label: programAreaLabel(value) }))}
            defaultValues={program?.eligibleAreas ?? []}
          />
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              name="householdRule"
              label="가구·상황 조건"
              rows={2}
              defaultValue={program?.householdRule}
              hint="예: 무주택 청년"
            />
            <TextField
              name="incomeRule"
              label="소득 조건"
              rows={2}
              defaultValue={program?.incomeRule}
              hint="공고에 적힌 대로. 예: 기준 중위소득 60% 이하"
            />
          </div>
        </fieldset>
        <fieldset className="grid gap-4 md:grid-cols-2">
          <legend className="mb-2 text-lg font-bold">접수</legend>
          <TextField
            name="applyStart"
            label="접수 시작일"
            type="date"
            defaultValue={program?.applyStart}
          />
          <TextField
            name="applyEnd"
            label="접수 마감일"
            type="date"
            defaultValue={program?.applyEnd}
          />
          <TextField
            name="periodNote"
            label="기간 안내"
            defaultValue={program?.periodNote}
            hint="예: 예산 소진 시까지"
          />
          <SelectField
            name="periodKind"
            label="기간의 뜻"
            options={periodKindOptions}
            defaultValue={program?.periodKind ?? "application"}
            required
          />
          <CheckboxField
            name="applyLater"
            label="추후 공지: 시작일이 아직 정해지지 않음 (접수예정으로 표시)"
            defaultChecked={program?.applyLater ?? false}
          />
          <CheckboxField
            name="periodInNotice"
            label="공고 참조: 기간이 공고문에만 있음, 세부사업별 상이 등 (날짜 없이 공고 참조로 표시)"
            defaultChecked={program?.periodInNotice ?? false}
          />
          <TextField name="url" label="신청 주소" type="url" defaultValue={program?.url} />
          <TextField name="contact" label="문의처" defaultValue={program?.contact} />
        </fieldset>
        <TextField name="summary" label="요약" rows={3} defaultValue={program?.summary} required />
        <TextField
          name="eligibility"
          label="신청 자격"
          rows={4}
          defaultValue={program?.eligibility}
          required
        />
        <TextField
          name="benefit"
          label="지원 내용"
          rows={4}
          defaultValue={program?.benefit}
          required
        />
        <TextField
          name="howToApply"
          label="신청 방법"
          rows={4}
          defaultValue={program?.howToApply}
          required
        />
        <div className="flex items-center gap-3">
          <SubmitButton>{program ? "저장" : "초안으로 만들기"}</SubmitButton>
          <UnsavedNote />
        </div>
        {program && (
          <RecordVersionField
            version={program.version}
            latestHref={`/admin/programs/${program.id}`}
          />
        )}
      </ActionForm>
      {program && (
        <DeleteRecordForm
          id={program.id}
          title={program.title}
          label="지원사업"
          action={deleteProgram}
          sourceName={sourceName}
        />
      )}
    </>
  );
}
