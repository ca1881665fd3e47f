"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { MAX_COMPARE, storeCompareIds, storedCompareIds } from "@/lib/courses/compare";
import { comparePath } from "@/lib/routes/public";

/** The tray's checkboxes on the page: one per course card and one per table row. */
function compareBoxes(formId: string) {
  return [...document.querySelectorAll<HTMLInputElement>(`input[form="${formId}"][name="ids"]`)];
}

function tickedBoxes(formId: string) {
  return compareBoxes(formId)
    .filter((box) => box.checked)
    .map((box) => box.value);
}

/** Ticks exactly the checkboxes whose course is in the tray. */
function tickBoxes(formId: string, ids: string[]) {
  compareBoxes(formId).forEach((box) => (box.checked = ids.includes(box.value)));
}

/**
 * The compare tray. Without JavaScript it is a plain GET form fed by the checkboxes on the cards
 * and table rows; with it, the choice survives paging and searching (session storage) and stops
 * at four.
 */
export function ComparePicker({
  formId,
  query,
}: {
  /** Unique per catalog page: a catalog left by navigating stays in the document, hidden. */
  formId: string;
  query: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [ids, setIds] = useState<string[]>([]);
  // The tray's contents for the change handler, which outlives renders; storage only persists it.
  const picked = useRef<string[]>([]);
  const pick = (next: string[]) => {
    picked.current = next;
    storeCompareIds(next);
    setIds(next);
  };
  const [notice, setNotice] = useState("");

  // Searching, filtering and paging render new checkboxes without reloading the page; they
  // are outside React's state, so tick them from the stored choice after every navigation.
  useEffect(() => {
    // Boxes ticked before this script loaded (a slow phone) count too, up to the limit.
    const stored = [
      ...new Set([...storedCompareIds(), ...picked.current, ...tickedBoxes(formId)]),
    ].slice(0, MAX_COMPARE);
    pick(stored);
    tickBoxes(formId, stored);
  }, [formId, pathname, query]);

  useEffect(() => {
    const onChange = (event: Event) => {
      const box = event.target as HTMLInputElement;
      if (box.getAttribute("form") !== formId) return;
      const current = picked.current;
      const next = box.checked
        ? [...new Set([...current, box.value])]
        : current.filter((id) => id !== box.value);
      if (next.length > MAX_COMPARE) {
        box.checked = false;
        setNotice(`최대 ${MAX_COMPARE}개까지 비교할 수 있습니다.`);
        return;
      }
      pick(next);
      tickBoxes(formId, next);
      setNotice("");
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [formId]);

  const clear = () => {
    pick([]);
    tickBoxes(formId, []);
    setNotice("");
  };

  const compare = (event: React.FormEvent<HTMLFormElement>) => {
    // The tray holds courses from earlier pages too, whose checkboxes are no longer on this one.
    event.preventDefault();
    if (ids.length === 0) {
      setNotice("비교할 과정을 먼저 담아 주세요.");
      // Sent from the button above the list, the tray and its message are below it, out of
      // sight on a phone: bring them into view.
      event.currentTarget.scrollIntoView({ block: "center" });
      return;
    }
    router.push(comparePath(ids));
  };

  return (
    <form
      id={formId}
      action={comparePath([])}
      onSubmit={compare}
      // Empty, the tray waits below the list with its hint; holding courses it stays in view,
      // as small as it can be: its buttons keep a finger's 44 px, not twice that in large text.
      className={`${ids.length > 0 ? "sticky bottom-0 rounded-t-xl shadow-lg" : "rounded-xl"} z-20 mt-4 flex flex-wrap items-center gap-2 border border-slate-200 bg-white/95 p-3 backdrop-blur`}
    >
      <p className="flex-1 text-sm" aria-live="polite">
        <strong>
          비교함 {ids.length}/{MAX_COMPARE}
        </strong>
        {ids.length === 0 && (
          <span className="text-slate-600"> · 과정의 ‘비교’ 칸을 선택하세요</span>
        )}
        {notice && <span className="block font-bold text-rose-700">{notice}</span>}
      </p>
      {ids.length > 0 && (
        <button
          type="button"
          onClick={clear}
          className="min-h-[44px] px-3 text-sm font-bold text-slate-700 underline"
        >
          비우기
        </button>
      )}
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-900 min-h-[44px] rounded-lg px-4 font-bold text-white"
      >
        비교하기
      </button>
    </form>
  );
}
