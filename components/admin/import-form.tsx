"use client";

import { useActionState, useRef, useState, useTransition } from "react";
import { idle } from "@/lib/forms/state";
import { importRecords } from "@/lib/import/actions";
import { MAX_UPLOAD_BYTES, uploadTooLargeMessage } from "@/lib/import/limits";
import type { ImportReport, ImportState } from "@/lib/import/report";
import { sourceFieldLabels } from "@/lib/sources/provenance";
import { FormMessage } from "./action-form";

const fieldLabel = (field: string) => sourceFieldLabels[field] ?? field;

function ReportTable({ report }: { report: ImportReport }) {
  const sections = [
    {
      title: `추가 ${report.toAdd.length}개`,
      rows: report.toAdd.map((r) => [r.where, r.externalId, r.title]),
    },
    {
      title: `변경 ${report.toUpdate.length}개`,
      rows: report.toUpdate.map((r) => [
        r.where,
        r.externalId,
        `${r.title} (바뀌는 항목: ${r.changed.map(fieldLabel).join(", ")})`,
      ]),
    },
    {
      title: `거부 ${report.rejected.length}개`,
      rows: report.rejected.map((r) => [r.where, r.externalId ?? "–", r.reason]),
    },
    ...(report.official
      ? [
          {
            title: `편집자가 고친 값 유지 ${report.official.kept.length}개`,
            rows: report.official.kept.map((k) => [
              report.official!.label,
              k.externalId,
              `그대로 두는 항목: ${k.fields.map(fieldLabel).join(", ")}`,
            ]),
          },
        ]
      : []),
  ];
  return (
    <div className="mt-4 space-y-4">
      {sections.map((section) => (
        <details
          key={section.title}
          open={section.title.startsWith("거부") && section.rows.length > 0}
        >
          <summary className="cursor-pointer font-bold">{section.title}</summary>
          {section.rows.length > 0 && (
            <div className="mt-2 max-h-96 overflow-auto rounded-md border border-slate-200 bg-white">
              <table className="w-full text-left text-sm">
                <tbody>
                  {section.rows.map((row, index) => (
                    <tr key={index} className="border-t border-slate-200 align-top">
                      {row.map((cell, column) => (
                        <td key={column} className="p-2">
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      ))}
      <p className="text-sm text-slate-600">그대로인 항목 {report.unchanged}개</p>
    </div>
  );
}

/**
 * Upload, dry run, then apply the same file. The form is submitted by hand so the chosen file
 * stays selected between the preview and the apply.
 */
export function ImportForm() {
  const [state, action] = useActionState<ImportState, FormData>(importRecords, idle);
  const [pending, startTransition] = useTransition();
  const [fileError, setFileError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const report = state.status === "ok" && "report" in state ? state.report : null;
  const canApply =
    report &&
    !report.applied &&
    // An official file's refused rows are left out; a CSV applies whole or not at all.
    (report.rejected.length === 0 || report.official !== undefined) &&
    report.toAdd.length + report.toUpdate.length > 0;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    const file = data.get("file");
    // Checked here too so a large file is refused before it is sent.
    // A form with no file chosen sends an empty one without a name.
    if (!(file instanceof File) || file.name === "") return setFileError("파일을 고르세요.");
    if (file.size === 0) return setFileError("빈 파일입니다. 내용이 있는 파일을 고르세요.");
    if (file.size > MAX_UPLOAD_BYTES) return setFileError(uploadTooLargeMessage());
    setFileError(null);
    startTransition(() => action(data));
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      className="max-w-3xl space-y-4 rounded-xl border border-slate-200 bg-white p-4"
      noValidate
    >
      <fieldset>
        <legend className="text-sm font-bold">무엇을 가져올까요</legend>
        <div className="mt-1 flex gap-4">
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="entity" value="course" defaultChecked className="size-5" />{" "}
            훈련과정
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="entity" value="program" className="size-5" /> 지원사업
          </label>
        </div>
      </fieldset>
      <div>
        <label htmlFor="import-file" className="block text-sm font-bold">
          파일 (CSV·JSON, 또는 고용24·기업마당·온통청년 API 응답 그대로의 JSON·XML, 5MB 이하)
        </label>
        <input
          id="import-file"
          type="file"
          name="file"
          accept=".csv,.json,.xml,text/csv,application/json,text/xml,application/xml"
          aria-describedby="import-file-hint"
          onChange={() => setFileError(null)}
          className="mt-1 block min-h-11"
        />
        <p id="import-file-hint" className="text-sm text-slate-600">
          열 이름은 공개 데이터와 같습니다(externalId, title …). 같은 ID가 있으면 바꾸고, 없으면
          초안으로 추가합니다. 공식 API가 준 파일(고용24 310L01 목록, 기업마당 공고 JSON·RSS,
          온통청년 정책 JSON)은 그 원천의 동기화와 똑같이 적용합니다.
        </p>
        {(fileError || (state.status === "error" && state.fieldErrors?.file)) && (
          <p className="mt-1 text-sm font-bold text-red-700" role="alert">
            {fileError ?? (state.status === "error" ? state.fieldErrors?.file : null)}
          </p>
        )}
      </div>
      <label className="flex min-h-11 items-start gap-2">
        <input type="checkbox" name="clearMissing" value="yes" className="mt-0.5 size-5 shrink-0" />
        <span>
          파일에 없는 열은 비우기
          <span className="block text-sm text-slate-600">
            고르지 않으면 파일에 없는 열의 값은 그대로 둡니다. 빈 칸은 언제나 비웁니다.
          </span>
        </span>
      </label>
      {report && <input type="hidden" name="previewed" value={report.fingerprint} />}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          name="intent"
          value="preview"
          disabled={pending}
          className="min-h-11 rounded-md border border-slate-300 px-4 font-bold disabled:opacity-60"
        >
          미리 보기 (적용 안 함)
        </button>
        {canApply && (
          <button
            type="submit"
            name="intent"
            value="apply"
            disabled={pending}
            className="bg-brand-700 hover:bg-brand-900 min-h-11 rounded-md px-4 font-bold text-white disabled:opacity-60"
          >
            {report.official && report.rejected.length > 0
              ? `거부된 ${report.rejected.length}개를 빼고 ${report.toAdd.length + report.toUpdate.length}개 적용`
              : `${report.toAdd.length + report.toUpdate.length}개 모두 적용`}
          </button>
        )}
      </div>
      {pending && <p role="status">확인하는 중…</p>}
      <FormMessage state={state} />
      {report && <ReportTable report={report} />}
    </form>
  );
}
