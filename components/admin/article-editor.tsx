"use client";

import { useEffect, useState } from "react";
import { saveArticle } from "@/lib/bulletin/actions";
import type { Article } from "@/lib/db/schema";
import { ActionForm, SelectField, SubmitButton, TextField } from "./action-form";
import { MarkdownEditor } from "./markdown-editor";

const UNSAVED_LEAVE_MESSAGE =
  "저장하지 않은 본문 변경이 있습니다. 이 화면을 떠나면 사라집니다. 그래도 떠날까요?";

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
};

export function ArticleEditor({ article, sectionOptions }: Props) {
  const [body, setBody] = useState(article.body);
  const dirty = body !== article.body;

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
      <input type="hidden" name="version" value={article.version} />
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
      <TextField
        name="tags"
        label="태그"
        defaultValue={article.tags.join(", ")}
        hint="쉼표로 나눕니다. 예: 청년, 주거"
      />
      <TextField
        name="sources"
        label="참고 자료"
        defaultValue={article.sources
          .map((s) => (s.url ? `${s.title} | ${s.url}` : s.title))
          .join("\n")}
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
      </div>
    </ActionForm>
  );
}
