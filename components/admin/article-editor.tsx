"use client";

import { useEffect, useRef, useState } from "react";
import { useLoadedVersion } from "./record-version";
import { SaveOverButton } from "./save-over-button";
import { saveArticle } from "@/lib/bulletin/actions";
import { autosaveArticle, discardAutosave } from "@/lib/bulletin/autosave-actions";
import type { Article } from "@/lib/db/schema";
import { articleFormValues } from "@/lib/bulletin/form-values";
import { idle } from "@/lib/forms/state";
import { formatDateTime } from "@/lib/dates/dates";
import {
  ActionForm,
  SelectField,
  SubmitButton,
  TextField,
  UnsavedNote,
  useFormState,
} from "./action-form";
import { MarkdownEditor } from "./markdown-editor";
import { TagField } from "./tag-field";

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
  // A restored autosave is sent with the version it was written on (ArticleVersion).
  const [restored, setRestored] = useState<Autosaved | null>(null);
  const [offer, setOffer] = useState(autosaved);
  const [autosaveStatus, setAutosaveStatus] = useState("");
  const marker = useRef<HTMLInputElement>(null);
  const saved = articleFormValues(article);

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
    // A save takes what is on screen; an autosave timed after it would keep a copy of saved text
    // (offered again later as "not yet saved" once the article moves on).
    const cancel = () => clearTimeout(timer);
    form.addEventListener("input", schedule);
    form.addEventListener("submit", cancel);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", schedule);
      form.removeEventListener("submit", cancel);
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
    setRestored(autosave);
    setOffer(null);
  }

  return (
    <ActionForm
      action={saveArticle}
      className="space-y-4"
      guardUnsaved
      alsoUnsaved={body !== article.body}
    >
      <input type="hidden" name="id" value={article.id} />
      <input type="hidden" ref={marker} />
      {offer && (
        <div
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <p>
            {formatDateTime(offer.savedAt)}에 자동 저장한, 아직 저장하지 않은 글이 있습니다.
            {offer.baseVersion !== article.version &&
              ` 그 글은 버전 ${offer.baseVersion}에서 썼고, 그 뒤 저장되어 지금은 버전 ${article.version}입니다. 복원한 뒤 저장하면 충돌로 알려 드리고, 그 버전 위에 저장할지 고를 수 있습니다.`}
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
      <ArticleVersion loaded={article.version} restored={restored} articleId={article.id}>
        <UnsavedNote />
        <span role="status" className="text-sm text-slate-600">
          {autosaveStatus}
        </span>
      </ArticleVersion>
    </ActionForm>
  );
}

/**
 * The version the editor's text was written on, sent with each save and shown beside 저장: the
 * loaded one, moved by this form's own saves (useLoadedVersion), by restoring an autosave (written
 * on an older version: saving it is refused as a conflict, as any stale save is), and by choosing
 * to save over. The page's newer version, after a refresh, is named beside it.
 */
function ArticleVersion({
  loaded,
  restored,
  articleId,
  children,
}: {
  loaded: number;
  restored: Autosaved | null;
  articleId: number;
  children: React.ReactNode;
}) {
  const [version, setVersion] = useLoadedVersion(loaded);
  const [seenRestore, setSeenRestore] = useState(restored);
  if (seenRestore !== restored) {
    setSeenRestore(restored);
    if (restored) setVersion(restored.baseVersion);
  }
  return (
    <>
      <input type="hidden" name="version" value={version} />
      <ConflictChoice articleId={articleId} onOverwrite={setVersion} />
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50 py-3">
        <SubmitButton>저장</SubmitButton>
        <span className="text-sm text-slate-600">
          버전 {version}
          {loaded > version && ` (그사이 저장된 최신은 버전 ${loaded})`}
        </span>
        {children}
      </div>
    </>
  );
}

/**
 * After a save refused because another editor saved first: the way to keep this screen's text.
 * It is saved as the next version on top of theirs, which stays in the revisions (and a save
 * made meanwhile by a third is again refused, as any stale save is).
 */
function ConflictChoice({
  articleId,
  onOverwrite,
}: {
  articleId: number;
  onOverwrite: (version: number) => void;
}) {
  const { state } = useFormState();
  if (state.status !== "error" || state.code !== "conflict" || !state.latestVersion) return null;
  const latest = state.latestVersion;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p>
        버전 {latest}에서 무엇이 바뀌었는지{" "}
        <a href={`/admin/articles/${articleId}/revisions`} target="_blank" rel="noopener">
          변경 기록(새 탭)
        </a>
        에서 본 뒤, 이 화면의 글을 살리려면 그 위에 저장하세요. 버전 {latest}의 내용은 변경 기록에
        남습니다.
      </p>
      <SaveOverButton
        question={`이 화면의 글을 버전 ${latest} 다음 버전으로 저장합니다. 버전 ${latest}의 내용은 변경 기록에서 되돌릴 수 있습니다. 저장할까요?`}
        choose={() => onOverwrite(latest)}
      >
        버전 {latest} 위에 이 화면의 글 저장
      </SaveOverButton>
    </div>
  );
}
