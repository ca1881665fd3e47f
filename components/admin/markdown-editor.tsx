"use client";

import { useDeferredValue, useId, useRef, useState } from "react";
import { ArticleBody } from "@/components/bulletin/article-body";
import { bodyBlockErrors } from "@/lib/bulletin/chart";
import {
  looksTabular,
  markdownTable,
  rowsFromHtml,
  rowsFromTabs,
} from "@/lib/bulletin/pasted-table";
import { nextFigureNumber } from "@/lib/media/paths";
import { FieldError, useFieldError } from "./action-form";
import { FigureUpload } from "./figure-upload";
import { LineGutter } from "./line-gutter";

const snippets = {
  표: "\n〔표 1〕 제목\n\n| 구분 | 2023 | 2024 |\n| --- | ---: | ---: |\n| 항목 | 0 | 0 |\n\n자료: 출처\n",
  차트: '\n```chart\n{\n  "type": "bar",\n  "title": "차트 제목",\n  "caption": "〔그림 1〕",\n  "unit": "명",\n  "categories": ["2023", "2024"],\n  "series": [{ "name": "인천", "data": [0, 0] }],\n  "source": "출처"\n}\n```\n',
};

/** The first image among files dropped or pasted. */
function imageIn(data: DataTransfer): File | null {
  return [...data.files].find((file) => file.type.startsWith("image/")) ?? null;
}

const tools = ["굵게", "링크", "제목", "목록", "인용", "표", "차트", "각주", "이미지"] as const;

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
  const blockErrors = bodyBlockErrors(preview);
  const error = useFieldError(name);
  const [notice, setNotice] = useState("");
  // The figure panel, open with the image dropped or pasted (or none yet, from the toolbar).
  const [figure, setFigure] = useState<{ file: File | null; key: number } | null>(null);
  // Chart errors and the revision diff speak in lines: numbered beside the field, and the line the
  // cursor is on said below it.
  const [cursorLine, setCursorLine] = useState(1);

  /** Selects a line of the text (1-based), where a chart error points. */
  function goToLine(line: number) {
    const element = area.current;
    if (!element) return;
    setTab("write");
    setCursorLine(line);
    const lines = value.split("\n");
    const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    });
  }

  /** Puts the text back with a new selection, then returns focus to the field. */
  function replace(next: string, start: number, end: number) {
    onChange(next);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(start, end);
    });
  }

  /** 굵게, 링크: marks around the selection, or around a placeholder to type over. */
  function wrap(before: string, after: string, placeholder: string) {
    const from = area.current?.selectionStart ?? value.length;
    const to = area.current?.selectionEnd ?? from;
    const inner = value.slice(from, to) || placeholder;
    replace(
      value.slice(0, from) + before + inner + after + value.slice(to),
      from + before.length,
      from + before.length + inner.length,
    );
  }

  /** 제목, 목록, 인용: a mark at the start of every selected line. */
  function prefixLines(prefix: string) {
    const from = area.current?.selectionStart ?? value.length;
    const to = area.current?.selectionEnd ?? from;
    const start = value.lastIndexOf("\n", from - 1) + 1;
    const lines = value.slice(start, to).split("\n");
    const marked = lines.map((line) => prefix + line).join("\n");
    replace(
      value.slice(0, start) + marked + value.slice(start + lines.join("\n").length),
      start,
      start + marked.length,
    );
  }

  /** A numbered reference at the cursor and its note at the end of the text. */
  function footnote() {
    const used = [...value.matchAll(/\[\^(\d+)\]/g)].map((match) => Number(match[1]));
    const n = Math.max(0, ...used) + 1;
    const at = area.current?.selectionEnd ?? value.length;
    const note = `\n\n[^${n}]: 각주 내용`;
    const text = value.slice(0, at) + `[^${n}]` + value.slice(at);
    const next = text.replace(/\s*$/, "") + note + "\n";
    const noteStart = next.length - "각주 내용\n".length;
    replace(next, noteStart, noteStart + "각주 내용".length);
  }

  function applyTool(tool: (typeof tools)[number]) {
    if (tool === "굵게") wrap("**", "**", "굵은 글씨");
    else if (tool === "링크") wrap("[", "](https://)", "링크 글자");
    else if (tool === "제목") prefixLines("## ");
    else if (tool === "목록") prefixLines("- ");
    else if (tool === "인용") prefixLines("> ");
    else if (tool === "각주") footnote();
    else if (tool === "이미지") openFigure(null);
    else insert(snippets[tool]);
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

  // Cells copied from Excel, Google Sheets or 한글 become a Markdown table with a 자료: line to fill
  // (Excel also puts a picture of the cells on the clipboard: the table wins). A pasted image
  // opens the figure panel.
  function paste(event: React.ClipboardEvent<HTMLTextAreaElement>) {
    const text = event.clipboardData.getData("text/plain");
    const html = event.clipboardData.getData("text/html");
    const rows = (html && rowsFromHtml(html)) || (looksTabular(text) ? rowsFromTabs(text) : null);
    const table = rows ? markdownTable(rows) : "";
    if (table) {
      event.preventDefault();
      insert(`\n${table}\n\n자료: `);
      setNotice(
        "붙여 넣은 표를 Markdown 표로 바꿨습니다(숫자 열은 오른쪽 정렬). ‘자료:’ 뒤에 출처를 적고, 표 위에 〔표 N〕 제목을 붙이세요.",
      );
      return;
    }
    // Word, PowerPoint and 한글 put a picture of copied text on the clipboard too: text wins.
    const image = text.trim() ? null : imageIn(event.clipboardData);
    if (image) {
      event.preventDefault();
      openFigure(image);
    }
  }

  /** Opens the figure panel afresh, with an image or none yet. */
  function openFigure(file: File | null) {
    setFigure((open) => ({ file, key: (open?.key ?? 0) + 1 }));
  }

  function drop(event: React.DragEvent<HTMLTextAreaElement>) {
    const image = imageIn(event.dataTransfer);
    if (!image) return;
    event.preventDefault();
    openFigure(image);
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
        <div role="toolbar" aria-label="서식" aria-controls={id} className="flex flex-wrap gap-1">
          {tools.map((tool) => (
            <button
              key={tool}
              type="button"
              onClick={() => applyTool(tool)}
              className="min-h-9 rounded border border-slate-300 bg-white px-2 text-sm"
            >
              {tool}
            </button>
          ))}
        </div>
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
      {blockErrors.length > 0 && (
        <ul role="alert" className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {blockErrors.map((e) => (
            <li key={e.line}>
              {e.line}번째 줄 ({e.block}): {e.error}{" "}
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
      {figure && (
        <FigureUpload
          key={figure.key}
          initialFile={figure.file}
          figureNumber={nextFigureNumber(value)}
          onClose={() => {
            setFigure(null);
            area.current?.focus();
          }}
          onInsert={(markdown, message) => {
            setFigure(null);
            insert(markdown);
            setNotice(message);
          }}
        />
      )}
      <p role="status" className="mt-2 text-sm text-slate-700 empty:hidden">
        {notice}
      </p>
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        <div
          className={`${tab === "write" ? "flex" : "hidden"} relative rounded-md border border-slate-300 bg-white lg:flex`}
        >
          <LineGutter
            text={value}
            field={area}
            className="w-10 shrink-0 overflow-hidden rounded-l-md border-r border-slate-200 bg-slate-50 pt-3 pr-2 text-right font-mono text-xs leading-6 text-slate-500 select-none"
          />
          <textarea
            id={id}
            ref={area}
            name={name}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onPaste={paste}
            onDragOver={(event) => {
              if (event.dataTransfer.types.includes("Files")) event.preventDefault();
            }}
            onDrop={drop}
            onSelect={(event) =>
              setCursorLine(
                event.currentTarget.value.slice(0, event.currentTarget.selectionStart).split("\n")
                  .length,
              )
            }
            rows={28}
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="min-w-0 flex-1 rounded-r-md bg-white p-3 font-mono text-sm leading-6"
          />
        </div>
        <p
          className={`${tab === "write" ? "block" : "hidden"} -mt-3 text-right text-xs text-slate-600 lg:col-start-1 lg:row-start-2 lg:block`}
        >
          {cursorLine}번째 줄 / 전체 {value.split("\n").length}줄
        </p>
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
