/**
 * The sort of a catalog, part of its form. The first option sends no `sort`, so the catalog's own
 * default applies (관련도 once there is a query); an explicit choice stays until changed.
 */
export function SortSelect({
  id,
  value,
  defaultSort,
  options,
}: {
  id: string;
  /** The sort named in the URL, if any. */
  value: string | undefined;
  /** What the catalog sorts by when the URL names none. */
  defaultSort: string;
  options: Record<string, string>;
}) {
  const selected = value && value !== defaultSort && value in options ? value : "";
  return (
    <>
      <label htmlFor={id} className="sr-only">
        정렬
      </label>
      <select
        id={id}
        name="sort"
        defaultValue={selected}
        data-value={selected}
        className="h-11 rounded-md border border-slate-300 bg-white px-2 text-sm md:h-10"
      >
        <option value="">{options[defaultSort]}</option>
        {Object.entries(options)
          .filter(([key]) => key !== "relevance" && key !== defaultSort)
          .map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
      </select>
    </>
  );
}
