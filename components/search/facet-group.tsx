import type { FacetOption } from "@/lib/search/facets";
import { FacetFold } from "./facet-fold";

/**
 * One facet as a group of checkboxes with counts; values with no results stay visible but dimmed.
 * Past `limit` values the rest fold away, so long lists (훈련기관) stay short. Every value keeps
 * its place: ticking one in the fold does not move it, and the keyboard focus with it.
 */
export function FacetGroup({
  idPrefix,
  name,
  legend,
  options,
  selected,
  labelOf = (value) => value,
  limit = 8,
}: {
  /** The catalog's (see CatalogShell): both catalogs have a 상태 facet. */
  idPrefix: string;
  name: string;
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  labelOf?: (value: string) => string;
  limit?: number;
}) {
  if (options.length === 0) return null;
  const visible = options.slice(0, limit);
  const folded = options.slice(limit);
  const item = (option: FacetOption, i: number) => {
    const id = `${idPrefix}-facet-${name}-${i}`;
    return (
      <li key={option.value}>
        {/* Styled by element (.facet-values in globals.css): a catalog lists a hundred. */}
        <label
          htmlFor={id}
          className={
            option.count === 0 && !selected.includes(option.value) ? "text-slate-500" : undefined
          }
        >
          <input
            id={id}
            type="checkbox"
            name={name}
            value={option.value}
            defaultChecked={selected.includes(option.value)}
          />
          <span>{labelOf(option.value)}</span>
          <span>{option.count}</span>
        </label>
      </li>
    );
  };
  return (
    <fieldset className="border-t border-slate-200 py-3">
      <legend className="float-left mb-1 w-full text-sm font-bold text-slate-900">{legend}</legend>
      <ul className="facet-values clear-both space-y-0.5">{visible.map(item)}</ul>
      {folded.length > 0 && (
        <FacetFold
          count={folded.length}
          initiallyOpen={folded.some((option) => selected.includes(option.value))}
        >
          <ul className="facet-values space-y-0.5">
            {folded.map((option, i) => item(option, limit + i))}
          </ul>
        </FacetFold>
      )}
    </fieldset>
  );
}
