"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { idle } from "@/lib/forms/state";
import { uploadImage } from "@/lib/media/actions";
import { ACCEPTED_IMAGE_TYPES, imageTooLargeMessage, MAX_IMAGE_BYTES } from "@/lib/media/limits";
import { figureMarkdown } from "@/lib/media/paths";

const inputClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white p-2 text-sm";

/**
 * 그림 넣기: an image chosen, dropped or pasted, described for screen readers (required), with a
 * 〔그림 N〕 title and a 자료 line, uploaded and then put into the text as Markdown. It lives inside
 * the article's form, so it is not a form itself: its fields have no names (the article's save
 * never sends them) and Enter uploads instead of saving the article.
 */
export function FigureUpload({
  initialFile,
  figureNumber,
  onInsert,
  onClose,
}: {
  initialFile: File | null;
  figureNumber: number;
  onInsert: (markdown: string, message: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [file, setFile] = useState<File | null>(initialFile);
  const [alt, setAlt] = useState("");
  const [title, setTitle] = useState("");
  const [source, setSource] = useState("");
  const [errors, setErrors] = useState<{ file?: string; alt?: string; form?: string }>({});
  const [pending, startTransition] = useTransition();
  const preview = useRef<HTMLImageElement>(null);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>(initialFile ? "textarea" : "input")?.focus();
  }, [initialFile]);

  useEffect(() => {
    if (!file) return;
    const url = URL.createObjectURL(file);
    if (preview.current) preview.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [file]);

  function upload() {
    const problems: typeof errors = {};
    if (!file) problems.file = "이미지 파일을 고르세요";
    else if (file.size > MAX_IMAGE_BYTES) problems.file = imageTooLargeMessage(file.size);
    if (!alt.trim()) problems.alt = "그림의 내용을 글로 적으세요 (화면 낭독기가 읽습니다)";
    setErrors(problems);
    if (problems.file || problems.alt || !file) return;
    const data = new FormData();
    data.set("file", file);
    data.set("alt", alt);
    startTransition(async () => {
      let result;
      try {
        result = await uploadImage(idle, data);
      } catch {
        setErrors({ form: "이미지를 올리지 못했습니다. 연결을 확인하고 다시 올리세요." });
        return;
      }
      if (result.status === "error") {
        setErrors({
          file: result.fieldErrors?.file,
          alt: result.fieldErrors?.alt,
          form: result.fieldErrors?.file || result.fieldErrors?.alt ? undefined : result.message,
        });
        return;
      }
      if (!("image" in result)) return;
      onInsert(
        figureMarkdown(result.image, { alt, number: figureNumber, title, source }),
        `${result.message} 본문에 〔그림 ${figureNumber}〕로 넣었습니다.`,
      );
    });
  }

  const field = (key: "file" | "alt") =>
    errors[key] ? { "aria-invalid": true as const, "aria-describedby": `${id}-${key}-error` } : {};

  return (
    <div
      ref={panel}
      role="group"
      aria-labelledby={`${id}-heading`}
      className="mt-2 rounded-md border border-slate-300 bg-slate-50 p-4"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !pending) onClose();
        if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          upload();
        }
      }}
    >
      <h3 id={`${id}-heading`} className="font-bold">
        〔그림 {figureNumber}〕 넣기
      </h3>
      <div className="mt-3 grid gap-3 sm:grid-cols-[10rem_1fr]">
        <div>
          {/* eslint-disable-next-line @next/next/no-img-element -- a local file before upload */}
          <img
            ref={preview}
            alt=""
            hidden={!file}
            className="max-h-40 w-full rounded object-contain"
          />
          {!file && <p className="text-sm text-slate-600">고른 이미지가 여기에 보입니다.</p>}
        </div>
        <div className="grid gap-3">
          <label className="text-sm font-bold">
            이미지 파일 (PNG, JPEG, WebP, SVG · 10MB 이하)
            <input
              type="file"
              accept={ACCEPTED_IMAGE_TYPES}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              className={inputClass}
              {...field("file")}
            />
          </label>
          {file && (
            <p className="-mt-2 text-sm text-slate-600">
              고른 파일: {file.name || "붙여 넣은 이미지"}
            </p>
          )}
          {errors.file && (
            <p
              id={`${id}-file-error`}
              role="alert"
              className="-mt-2 text-sm font-bold text-red-700"
            >
              {errors.file}
            </p>
          )}
          <label className="text-sm font-bold">
            대체 텍스트 (그림이 보이지 않을 때 읽는 설명) <span className="text-red-700">*</span>
            <textarea
              value={alt}
              onChange={(event) => setAlt(event.target.value)}
              rows={2}
              maxLength={300}
              className={inputClass}
              {...field("alt")}
            />
          </label>
          {errors.alt && (
            <p id={`${id}-alt-error`} role="alert" className="-mt-2 text-sm font-bold text-red-700">
              {errors.alt}
            </p>
          )}
          <label className="text-sm font-bold">
            그림 제목 (〔그림 {figureNumber}〕 뒤에 붙습니다)
            <input
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              className={inputClass}
            />
          </label>
          <label className="text-sm font-bold">
            자료 (출처)
            <input
              value={source}
              onChange={(event) => setSource(event.target.value)}
              placeholder="예: 한국무역협회"
              className={inputClass}
            />
          </label>
          {errors.form && (
            <p role="alert" className="text-sm font-bold text-red-700">
              {errors.form}
            </p>
          )}
          <div className="flex gap-2">
            <button
              type="button"
              onClick={upload}
              disabled={pending}
              className="bg-brand-700 min-h-10 rounded-md px-4 font-bold text-white disabled:opacity-60"
            >
              {pending ? "올리는 중…" : "올리고 본문에 넣기"}
            </button>
            <button
              type="button"
              onClick={onClose}
              disabled={pending}
              className="min-h-10 rounded-md border border-slate-300 px-4"
            >
              취소
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
