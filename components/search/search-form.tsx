/** A GET search form: the query lives in the URL, so it works before (and without) JavaScript. */
export function SearchForm({
  action = "/search",
  id,
  label = "포털 전체 검색",
  placeholder = "과정·지원사업·기사 검색 (예: 스마트팩토리)",
  defaultValue = "",
}: {
  action?: string;
  id: string;
  label?: string;
  placeholder?: string;
  defaultValue?: string;
}) {
  return (
    <form action={action} role="search" className="flex w-full items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={100}
        placeholder={placeholder}
        enterKeyHint="search"
        autoComplete="off"
        className="h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-base placeholder:text-slate-500"
      />
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-900 h-11 shrink-0 rounded-lg px-4 font-bold text-white"
      >
        검색
      </button>
    </form>
  );
}
