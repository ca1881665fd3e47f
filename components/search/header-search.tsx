"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { SearchHit } from "@/lib/search/hits";
import { HighlightedText } from "./highlighted-text";
import { SearchBox } from "./search-box";
import { hitTypeLabels } from "./hit-type-labels";
import { searchApiPath, searchFormPath } from "@/lib/routes/public";
import type { FilterWordCatalog } from "@/lib/catalog/filter-words";
import { filterWordLinkText } from "./filter-word-link";

const DELAY_MS = 200;

/** One suggestion: a catalog that reads the words as filters (주말, a 군·구), or a record. */
type Choice = { key: string; url: string; label: string; content: React.ReactNode };

function choicesOf(catalogs: FilterWordCatalog[], hits: SearchHit[]): Choice[] {
  return [
    ...catalogs.map((catalog) => {
      const text = filterWordLinkText(catalog);
      return {
        key: `catalog-${catalog.type}`,
        url: catalog.url,
        label: text,
        content: <span className="text-brand-700 font-bold">{text}</span>,
      };
    }),
    ...hits.map((hit) => ({
      key: `${hit.type}-${hit.id}`,
      url: hit.url,
      label: `${hitTypeLabels[hit.type]}${hit.sample ? " (예시)" : ""} ${hit.title}`,
      content: (
        <>
          <span className="text-brand-700 mr-2 text-xs font-bold">{hitTypeLabels[hit.type]}</span>
          {hit.sample && (
            <span className="mr-2 rounded bg-amber-100 px-1 text-xs font-bold text-amber-900">
              예시
            </span>
          )}
          <HighlightedText segments={hit.highlight?.title} fallback={hit.title} />
        </>
      ),
    })),
  ];
}

/**
 * The header's search: a plain GET form to /search, enhanced into a combobox that suggests
 * courses, programs and articles as the resident types (arrow keys move, Enter opens), led by the
 * catalogs that read typed words such as 주말 or a 군·구 as their filters.
 */
export function HeaderSearch({ id }: { id: string }) {
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [choices, setChoices] = useState<Choice[]>([]);
  const [open, setOpen] = useState(false);
  // The chosen suggestion is remembered by record, not by position, and only typing clears it: a
  // response that arrives after the resident pressed ↓ (the one for the last keystroke) used to
  // reset the choice, so Enter ran a plain search instead of opening the record.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const active = choices.findIndex((choice) => choice.key === activeKey);
  const choose = (index: number) => setActiveKey(choices[index]!.key);
  const request = useRef<AbortController | null>(null);
  // Closed by the resident (Esc, a choice, leaving the box): suggestions for what was already
  // typed, arriving later, must not open the list again; typing or focusing the box does.
  const dismissed = useRef(false);
  const show = () => {
    dismissed.current = false;
    setOpen(true);
  };
  const dismiss = () => {
    dismissed.current = true;
    setOpen(false);
  };

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const timer = setTimeout(async () => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(searchApiPath({ q, pageSize: 6 }), {
          signal: controller.signal,
        });
        if (!response.ok) return;
        const body = (await response.json()) as {
          hits: SearchHit[];
          catalogs?: FilterWordCatalog[];
        };
        setChoices(choicesOf(body.catalogs ?? [], body.hits));
        if (!dismissed.current) setOpen(true);
      } catch {
        // A superseded or failed suggestion request leaves the form working as a plain search.
      }
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const expanded = open && query.trim() !== "" && choices.length > 0;

  return (
    <form
      action={searchFormPath}
      className="w-full"
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && dismiss()}
    >
      <SearchBox
        id={id}
        label="포털 전체 검색"
        placeholder="과정·지원사업·기사 검색 (예: 스마트팩토리)"
        inputProps={{
          role: "combobox",
          "aria-expanded": expanded,
          "aria-controls": listId,
          "aria-autocomplete": "list",
          "aria-activedescendant": expanded && active >= 0 ? `${listId}-${active}` : undefined,
          onChange: (e) => {
            setQuery(e.target.value);
            setActiveKey(null);
            // The next suggestions open the list again.
            dismissed.current = false;
            if (!e.target.value.trim()) setOpen(false);
          },
          onFocus: show,
          onKeyDown: (e) => {
            if (!expanded) {
              // ↓ opens suggestions closed with Esc, on the first one.
              if (e.key === "ArrowDown" && query.trim() && choices.length > 0) {
                e.preventDefault();
                show();
                choose(0);
              }
              return;
            }
            if (e.key === "ArrowDown") {
              e.preventDefault();
              choose((active + 1) % choices.length);
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              choose(active <= 0 ? choices.length - 1 : active - 1);
            } else if (e.key === "Escape") {
              // A search field clears itself on Esc; here Esc only closes the suggestions.
              e.preventDefault();
              dismiss();
            } else if (e.key === "Enter" && active >= 0 && choices[active]) {
              e.preventDefault();
              dismiss();
              router.push(choices[active].url);
            }
          },
        }}
      >
        <ul
          id={listId}
          role="listbox"
          aria-label="추천 검색 결과"
          hidden={!expanded}
          className="absolute top-full right-0 left-0 z-40 mt-1 max-h-96 overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-xl"
        >
          {choices.map((choice, i) => (
            <li
              key={choice.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              aria-label={choice.label}
              className="aria-selected:bg-brand-50 cursor-pointer px-3 py-2.5"
              onMouseDown={(e) => {
                e.preventDefault();
                dismiss();
                router.push(choice.url);
              }}
            >
              {choice.content}
            </li>
          ))}
        </ul>
        {/* The list itself is silent when it opens or changes: its count is said. */}
        <p role="status" className="sr-only">
          {expanded ? `추천 결과 ${choices.length}개. 위아래 화살표로 고르세요.` : ""}
        </p>
      </SearchBox>
    </form>
  );
}
