"use client";

import { useEffect, useRef, useState } from "react";
import { saveArticle } from "@/lib/bulletin/actions";
import { autosaveArticle, discardAutosave } from "@/lib/bulletin/autosave-actions";
import type { Article } from "@/lib/db/schema";
import { articleFormValues } from "@/lib/bulletin/form-values";
import { idle } from "@/lib/forms/state";
import { formatDateTime } from "@/lib/dates/dates";
import { ActionForm, SelectField, SubmitButton, TextField } from "./action-form";
import { MarkdownEditor } from "./markdown-editor";
import { TagField } from "./tag-field";

const UNSAVED_LEAVE_MESSAGE =
  "저장하지 않은 본문 변경이 있습니다. 이 화면을 떠나면 사라집니다. 그래도 떠날까요?";

// A pause this long in typing saves what is on screen to the editor's own autosave.
const AUTOSAVE_AFTER_MS = 3_000;

type Autosaved = { fields: Record<string, string>; baseVersion: number; savedAt: Date };

type Props = {
  article: Pick<
    Article,
    | "id"
    | "version"
    | "title"
    | "slug"
    | "section"
    | "category"
    | "summary"
    | "body"
    | "tags"
    | "sources"
  >;
  sectionOptions: { value: string; label: string }[];
  /** This editor's autosaved text, when it differs from the saved article. */
  autosaved: Autosaved | null;
};

export function ArticleEditor({ article, sectionOptions, autosaved }: Props) {
  const [body, setBody] = useState(article.body);
  // A restored autosave sends the version it was written on; a new save brings a new version.
  const [restoredVersion, setRestoredVersion] = useState<number | null>(null);
  const [seenVersion, setSeenVersion] = useState(article.version);
  if (seenVersion !== article.version) {
    setSeenVersion(article.version);
    setRestoredVersion(null);
  }
  const version = restoredVersion ?? article.version;
  const [offer, setOffer] = useState(autosaved);
  const [autosaveStatus, setAutosaveStatus] = useState("");
  const marker = useRef<HTMLInputElement>(null);
  const saved = articleFormValues(article);
  const dirty = body !== article.body;

  // At each pause in typing, what is on screen goes to this editor's autosave (a scratch copy, not
  // a version), so a closed tab or a crash loses at most a few seconds.
  useEffect(() => {
    const form = marker.current?.form;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastSent = "";
    const save = async () => {
      const data = new FormData(form);
      const snapshot = JSON.stringify([...data.entries()]);
      if (snapshot === lastSent) return;
      lastSent = snapshot;
      setAutosaveStatus("자동 저장 중…");
      try {
        const result = await autosaveArticle(idle, data);
        setAutosaveStatus(
          result.status === "ok"
            ? (result.message ?? "자동 저장했습니다.")
            : result.status === "error"
              ? `자동 저장하지 못했습니다: ${result.message}`
              : "",
        );
        if (result.status !== "ok") lastSent = "";
      } catch {
        lastSent = "";
        setAutosaveStatus(
          "자동 저장하지 못했습니다: 연결을 확인하세요. 다음 멈춤에 다시 시도합니다.",
        );
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(save, AUTOSAVE_AFTER_MS);
    };
    form.addEventListener("input", schedule);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", schedule);
    };
  }, []);

  function restore(autosave: Autosaved) {
    const form = marker.current?.form;
    if (!form) return;
    for (const [name, value] of Object.entries(autosave.fields)) {
      if (name === "body") continue;
      const field = form.elements.namedItem(name);
      if (
        field instanceof HTMLInputElement ||
        field instanceof HTMLTextAreaElement ||
        field instanceof HTMLSelectElement
      )
        field.value = value;
    }
    setBody(autosave.fields.body ?? body);
    // Written on an older version: saving it is refused as a conflict, as any stale save is.
    setRestoredVersion(autosave.baseVersion);
    setOffer(null);
  }

  // Leaving with unsaved Markdown asks first: a closed tab, a reload or an in-app link (which
  // navigates without unloading the page) would lose the text. The publication panel reads the
  // mark on <html> to ask before publishing the saved version over what is on screen.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    const leaveByLink = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (
        !(link instanceof HTMLAnchorElement) ||
        link.target === "_blank" ||
        event.defaultPrevented
      )
        return;
      if (link.origin !== window.location.origin) return;
      if (!window.confirm(UNSAVED_LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", leaveByLink, { capture: true });
    document.documentElement.dataset.unsavedChanges = "true";
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", leaveByLink, { capture: true });
      delete document.documentElement.dataset.unsavedChanges;
    };
  }, [dirty]);

  return (
    <ActionForm action={saveArticle} className="space-y-4">
      <input type="hidden" name="id" value={article.id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" ref={marker} />
      {offer && (
        <div
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <p>
            {formatDateTime(offer.savedAt)}에 자동 저장한, 아직 저장하지 않은 글이 있습니다.
            {offer.baseVersion !== article.version &&
              ` 그 글은 버전 ${offer.baseVersion}에서 썼고 그 뒤 버전 ${article.version}이 저장되었습니다. 복원한 뒤 저장하면 충돌로 알려 드리니, 두 글을 비교해 합치세요.`}
          </p>
          <p className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => restore(offer)}
              className="min-h-11 rounded-md bg-amber-700 px-4 font-bold text-white"
            >
              자동 저장한 글 복원
            </button>
            <button
              type="button"
              onClick={async () => {
                const data = new FormData();
                data.set("id", String(article.id));
                const result = await discardAutosave(idle, data);
                if (result.status === "ok") setOffer(null);
                else if (result.status === "error") setAutosaveStatus(result.message);
              }}
              className="min-h-11 rounded-md border border-amber-400 px-4 font-bold"
            >
              버리기
            </button>
          </p>
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="title" label="제목" defaultValue={article.title} required />
        <TextField
          name="slug"
          label="주소"
          defaultValue={article.slug}
          hint="영문 소문자, 숫자, 하이픈. 기사 주소의 마지막 부분입니다."
          required
        />
        <SelectField
          name="section"
          label="구분"
          options={sectionOptions}
          defaultValue={article.section}
          required
        />
        <TextField name="category" label="분류" defaultValue={article.category} required />
      </div>
      <TextField name="summary" label="요약" defaultValue={article.summary} rows={3} required />
      <TagField defaultValue={saved.tags} hint="쉼표로 나눕니다. 예: 청년, 주거" />
      <TextField
        name="sources"
        label="참고 자료"
        defaultValue={saved.sources}
        rows={3}
        hint="한 줄에 하나씩, 주소가 있으면 '제목 | https://…'"
      />
      <MarkdownEditor name="body" value={body} onChange={setBody} />
      <div className="sticky bottom-0 flex items-center gap-3 border-t border-slate-200 bg-slate-50 py-3">
        <SubmitButton>저장</SubmitButton>
        <span className="text-sm text-slate-600">
          버전 {article.version}
          {dirty && " · 저장하지 않은 변경이 있습니다"}
        </span>
        <span role="status" className="text-sm text-slate-600">
          {autosaveStatus}
        </span>
      </div>
    </ActionForm>
  );
}
