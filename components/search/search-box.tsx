import { MAX_QUERY_LENGTH } from "@/lib/search/query-length";

/** A search field and its button; the form around it decides where the query goes. */
export function SearchBox({
  id,
  label,
  placeholder,
  defaultValue = "",
  inputProps,
  children,
}: {
  id: string;
  label: string;
  placeholder: string;
  defaultValue?: string;
  /** Extra attributes for the field, such as the header's combobox roles and handlers. */
  inputProps?: React.InputHTMLAttributes<HTMLInputElement>;
  /** Shown under the field (the header's suggestions). */
  children?: React.ReactNode;
}) {
  return (
    <div role="search" aria-label={label} className="relative flex w-full items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={placeholder}
        enterKeyHint="search"
        autoComplete="off"
        className="h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-base placeholder:text-slate-500"
        {...inputProps}
      />
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-900 h-11 shrink-0 rounded-lg px-4 font-bold text-white"
      >
        검색
      </button>
      {children}
    </div>
  );
}
