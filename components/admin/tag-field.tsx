"use client";

import { useRef, useState } from "react";
import { TextField } from "./action-form";

const MAX_SUGGESTIONS = 8;

/** The tag being typed: what follows the last comma. */
const typing = (value: string) => value.slice(value.lastIndexOf(",") + 1).trim();
const chosen = (value: string) =>
  value
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);

/**
 * A 태그 field (comma-separated) that suggests tags already in use as the editor types, so
 * "청년" is not entered again as "청년층". The suggestions are buttons: Tab reaches them.
 */
export function TagField({ defaultValue, hint }: { defaultValue?: string; hint?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const known = useRef<Promise<string[]> | null>(null);
  const [suggestions, setSuggestions] = useState<string[]>([]);

  const input = () => box.current?.querySelector<HTMLInputElement>('input[name="tags"]');

  async function suggest() {
    const field = input();
    if (!field) return;
    known.current ??= fetch("/admin/tags/known")
      .then((response) => (response.ok ? response.json() : { tags: [] }))
      .then((body: { tags: string[] }) => body.tags)
      .catch(() => []);
    const word = typing(field.value).toLocaleLowerCase("ko");
    const taken = new Set(chosen(field.value));
    const tags = await known.current;
    setSuggestions(
      word === ""
        ? []
        : tags
            .filter((tag) => !taken.has(tag) && tag.toLocaleLowerCase("ko").includes(word))
            .slice(0, MAX_SUGGESTIONS),
    );
  }

  function take(tag: string) {
    const field = input();
    if (!field) return;
    const before = field.value.slice(0, field.value.lastIndexOf(",") + 1);
    field.value = `${before}${before ? " " : ""}${tag}, `;
    // Forms that watch typing (the article's autosave) see the change too.
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.focus();
    setSuggestions([]);
  }

  return (
    <div ref={box} onInput={suggest}>
      <TextField name="tags" label="태그" defaultValue={defaultValue} hint={hint} />
      {suggestions.length > 0 && (
        <div className="mt-1 flex flex-wrap items-center gap-1 text-sm" aria-live="polite">
          <span className="text-slate-600">쓰던 태그:</span>
          {suggestions.map((tag) => (
            <button
              key={tag}
              type="button"
              onClick={() => take(tag)}
              className="min-h-9 rounded-full border border-slate-300 bg-white px-3"
            >
              {tag}
              <span className="sr-only"> 태그 넣기</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
