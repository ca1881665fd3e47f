/** The sort of a catalog, part of its form; 관련도 is offered only when there is a query. */
export function SortSelect({
  id,
  value,
  options,
  hasQuery,
}: {
  id: string;
  value: string;
  options: Record<string, string>;
  hasQuery: boolean;
}) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        정렬
      </label>
      <select
        id={id}
        name="sort"
        defaultValue={value}
        className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm"
      >
        {Object.entries(options)
          .filter(([key]) => key !== "relevance" || hasQuery)
          .map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
      </select>
    </>
  );
}
