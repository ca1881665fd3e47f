"use client";

import { useEffect, useState } from "react";

import { MAX_COMPARE } from "@/lib/courses/compare";
const STORAGE_KEY = "portal.compare.courses";
const FORM_ID = "compare-form";

function pageCheckboxes() {
  return [...document.querySelectorAll<HTMLInputElement>(`input[form="${FORM_ID}"][name="ids"]`)];
}

/**
 * The compare tray. Without JavaScript it is a plain GET form fed by the checkboxes on the cards;
 * with it, the choice survives paging and searching (session storage) and stops at four.
 */
export function ComparePicker() {
  const [ids, setIds] = useState<string[]>([]);
  const [notice, setNotice] = useState("");

  useEffect(() => {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "[]") as string[];
    // Sync the server-rendered checkboxes with the stored choice; they are outside React's state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setIds(stored);
    const sync = () =>
      pageCheckboxes().forEach((box) => (box.checked = stored.includes(box.value)));
    sync();
    const onChange = (event: Event) => {
      const box = event.target as HTMLInputElement;
      if (box.getAttribute("form") !== FORM_ID) return;
      setIds((current) => {
        const next = box.checked
          ? [...new Set([...current, box.value])]
          : current.filter((id) => id !== box.value);
        if (next.length > MAX_COMPARE) {
          box.checked = false;
          setNotice(`최대 ${MAX_COMPARE}개까지 비교할 수 있습니다.`);
          return current;
        }
        setNotice("");
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
        return next;
      });
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, []);

  const clear = () => {
    sessionStorage.removeItem(STORAGE_KEY);
    pageCheckboxes().forEach((box) => (box.checked = false));
    setIds([]);
    setNotice("");
  };
  const onPage = typeof document === "undefined" ? [] : pageCheckboxes().map((box) => box.value);

  return (
    <form
      id={FORM_ID}
      action="/courses/compare"
      className="sticky bottom-0 z-20 mt-4 flex flex-wrap items-center gap-2 rounded-t-xl border border-slate-200 bg-white/95 p-3 shadow-lg backdrop-blur"
    >
      {ids
        .filter((id) => !onPage.includes(id))
        .map((id) => (
          <input key={id} type="hidden" name="ids" value={id} />
        ))}
      <p className="flex-1 text-sm" aria-live="polite">
        <strong>
          비교함 {ids.length}/{MAX_COMPARE}
        </strong>
        <span className="text-slate-600"> · 과정 카드의 ‘비교’를 선택하세요</span>
        {notice && <span className="block font-bold text-rose-700">{notice}</span>}
      </p>
      {ids.length > 0 && (
        <button
          type="button"
          onClick={clear}
          className="min-h-11 px-3 text-sm font-bold text-slate-700 underline"
        >
          비우기
        </button>
      )}
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-900 min-h-11 rounded-lg px-4 font-bold text-white"
      >
        비교하기
      </button>
    </form>
  );
}
