"use client";

import { useDeferredValue, useId, useRef, useState } from "react";
import { ArticleBody } from "@/components/bulletin/article-body";
import { chartBlockErrors } from "@/lib/bulletin/chart";
import {
  looksTabular,
  markdownTable,
  rowsFromHtml,
  rowsFromTabs,
} from "@/lib/bulletin/pasted-table";
import { FieldError, useFieldError } from "./action-form";

const snippets = [
  {
    label: "표",
    text: "\n〔표 1〕 제목\n\n| 구분 | 2023 | 2024 |\n| --- | ---: | ---: |\n| 항목 | 0 | 0 |\n\n자료: 출처\n",
  },
  {
    label: "차트",
    text: '\n```chart\n{\n  "type": "bar",\n  "title": "차트 제목",\n  "caption": "〔그림 1〕",\n  "unit": "명",\n  "categories": ["2023", "2024"],\n  "series": [{ "name": "인천", "data": [0, 0] }],\n  "source": "출처"\n}\n```\n',
  },
  { label: "각주", text: "[^1]\n\n[^1]: 각주 내용\n" },
];

/**
 * The article body: Markdown on one side and, beside it (or behind a tab on phones), the public
 * renderer's output as the editor types, with chart-block errors named by line.
 */
export function MarkdownEditor({
  name,
  value,
  onChange,
}: {
  name: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [tab, setTab] = useState<"write" | "preview">("write");
  const preview = useDeferredValue(value);
  const chartErrors = chartBlockErrors(preview);
  const error = useFieldError(name);
  const [pastedTable, setPastedTable] = useState(false);

  /** Selects a line of the text (1-based), where a chart error points. */
  function goToLine(line: number) {
    const element = area.current;
    if (!element) return;
    setTab("write");
    const lines = value.split("\n");
    const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    });
  }

  function insert(text: string) {
    const element = area.current;
    const at = element?.selectionStart ?? value.length;
    onChange(value.slice(0, at) + text + value.slice(element?.selectionEnd ?? at));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(at + text.length, at + text.length);
    });
  }

  // Cells copied from Excel, Google Sheets or 한글 become a Markdown table with a 자료: line to fill.
  function pasteTable(event: React.ClipboardEvent<HTMLTextAreaElement>) {
    const text = event.clipboardData.getData("text/plain");
    const html = event.clipboardData.getData("text/html");
    const rows = (html && rowsFromHtml(html)) || (looksTabular(text) ? rowsFromTabs(text) : null);
    const table = rows ? markdownTable(rows) : "";
    if (!table) return;
    event.preventDefault();
    insert(`\n${table}\n\n자료: `);
    setPastedTable(true);
  }

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-sm font-bold text-slate-800">
          본문 (Markdown)
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        </label>
        <span className="text-sm text-slate-600">넣기:</span>
        {snippets.map((snippet) => (
          <button
            key={snippet.label}
            type="button"
            onClick={() => insert(snippet.text)}
            className="min-h-9 rounded border border-slate-300 bg-white px-2 text-sm"
          >
            {snippet.label}
          </button>
        ))}
        <div role="tablist" aria-label="본문 보기" className="ml-auto flex gap-1 lg:hidden">
          {(["write", "preview"] as const).map((key) => (
            <button
              key={key}
              type="button"
              role="tab"
              aria-selected={tab === key}
              onClick={() => setTab(key)}
              className="aria-selected:bg-brand-700 min-h-9 rounded px-3 text-sm font-bold aria-selected:text-white"
            >
              {key === "write" ? "쓰기" : "미리보기"}
            </button>
          ))}
        </div>
      </div>
      {chartErrors.length > 0 && (
        <ul role="alert" className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {chartErrors.map((e) => (
            <li key={e.line}>
              {e.line}번째 줄 (차트 블록): {e.error}{" "}
              <button
                type="button"
                onClick={() => goToLine(e.line)}
                className="min-h-6 font-bold underline"
              >
                이 줄로 가기
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldError name={name} id={`${id}-error`} />
      <p role="status" className="mt-2 text-sm text-slate-700 empty:hidden">
        {pastedTable &&
          "붙여 넣은 표를 Markdown 표로 바꿨습니다(숫자 열은 오른쪽 정렬). ‘자료:’ 뒤에 출처를 적고, 표 위에 〔표 N〕 제목을 붙이세요."}
      </p>
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        <textarea
          id={id}
          ref={area}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onPaste={pasteTable}
          rows={28}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${tab === "write" ? "block" : "hidden"} w-full rounded-md border border-slate-300 bg-white p-3 font-mono text-sm leading-6 lg:block`}
        />
        <section
          aria-label="미리보기"
          className={`${tab === "preview" ? "block" : "hidden"} max-h-[44rem] overflow-y-auto rounded-md border border-slate-200 bg-white p-4 lg:block`}
        >
          <ArticleBody markdown={preview} />
        </section>
      </div>
    </div>
  );
}
