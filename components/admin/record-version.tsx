"use client";

import { useState } from "react";
import { useFormState } from "./action-form";
import { SaveOverButton } from "./save-over-button";

/**
 * The version a form's values were loaded at, moved by this form's own saves alone. A page
 * refreshed after someone else's save (or this editor's other action) brings a newer version, but
 * the fields still hold what was typed over the older one: sending the newer one would save over
 * the other save unasked.
 */
export function useLoadedVersion(loaded: number) {
  const { state } = useFormState();
  const [version, setVersion] = useState(loaded);
  const [answer, setAnswer] = useState(state);
  if (answer !== state) {
    setAnswer(state);
    if (state.status === "ok" && state.savedVersion !== undefined) setVersion(state.savedVersion);
  }
  return [version, setVersion] as const;
}

/**
 * The version a course, program or issue form was loaded at (useLoadedVersion), sent with each
 * save so a stale one is refused. After such a refusal it offers the way to keep this screen's
 * values: look at the newer version in a new tab, then save over it. These keep no revisions, so
 * the question says what is replaced.
 */
export function RecordVersionField({
  version,
  latestHref,
  savedBy = "다른 편집자나 동기화",
}: {
  version: number;
  latestHref: string;
  /** Who may have saved meanwhile: a sync writes courses and programs, not issues. */
  savedBy?: string;
}) {
  const { state } = useFormState();
  const [sent, setSent] = useLoadedVersion(version);
  const latest =
    state.status === "error" && state.code === "conflict" ? state.latestVersion : undefined;
  return (
    <>
      <input type="hidden" name="version" value={sent} />
      {latest !== undefined && latest !== sent && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>
            그사이 {savedBy}가 저장해 지금은 버전 {latest}입니다.{" "}
            <a href={latestHref} target="_blank" rel="noopener">
              최신 내용(새 탭)
            </a>
            과 비교한 뒤, 이 화면의 내용을 살리려면 그 위에 저장하세요.
          </p>
          <SaveOverButton
            question={`이 화면의 내용을 버전 ${latest} 위에 저장합니다. 버전 ${latest}에서 바뀐 항목도 이 화면의 값으로 바뀌며 되돌릴 기록이 남지 않습니다. 저장할까요?`}
            choose={() => setSent(latest)}
          >
            버전 {latest} 위에 이 화면의 내용 저장
          </SaveOverButton>
        </div>
      )}
    </>
  );
}
