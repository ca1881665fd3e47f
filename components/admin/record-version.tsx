"use client";

import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useFormState } from "./action-form";

/**
 * The version a course or program form was loaded at, sent with each save so a stale one is
 * refused. After such a refusal it offers the way to keep this screen's values: look at the newer
 * version in a new tab, then save over it. Courses and programs keep no revisions, so the
 * question says what is replaced.
 */
export function RecordVersionField({
  version,
  latestHref,
}: {
  version: number;
  latestHref: string;
}) {
  const { state, pending } = useFormState();
  // Chosen over the loaded version; a page refreshed after a save brings the next one itself.
  const [over, setOver] = useState<{ loaded: number; latest: number } | null>(null);
  const sent = over?.loaded === version ? over.latest : version;
  const button = useRef<HTMLButtonElement>(null);
  const latest =
    state.status === "error" && state.code === "conflict" ? state.latestVersion : undefined;
  return (
    <>
      <input type="hidden" name="version" value={sent} />
      {latest !== undefined && latest !== sent && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>
            그사이 다른 편집자나 동기화가 저장해 지금은 버전 {latest}입니다.{" "}
            <a href={latestHref} target="_blank" rel="noopener">
              최신 내용(새 탭)
            </a>
            과 비교한 뒤, 이 화면의 내용을 살리려면 그 위에 저장하세요.
          </p>
          <button
            ref={button}
            type="button"
            disabled={pending}
            onClick={() => {
              if (
                window.confirm(
                  `이 화면의 내용을 버전 ${latest} 위에 저장합니다. 버전 ${latest}에서 바뀐 항목도 이 화면의 값으로 바뀌며 되돌릴 기록이 남지 않습니다. 저장할까요?`,
                )
              ) {
                // The version field must hold the version saved over before the form is sent;
                // the form is taken first, since this box goes once the field holds it.
                const form = button.current?.form;
                flushSync(() => setOver({ loaded: version, latest }));
                form?.requestSubmit();
              }
            }}
            className="mt-2 min-h-11 rounded-md bg-amber-700 px-4 font-bold text-white disabled:opacity-60"
          >
            버전 {latest} 위에 이 화면의 내용 저장
          </button>
        </div>
      )}
    </>
  );
}
