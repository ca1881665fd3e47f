import { facetOptions, panelFacets, type FacetSpec } from "@/lib/catalog/spec";
import type { FacetOption } from "@/lib/search/facets";
import { FacetGroup } from "./facet-group";

/**
 * One filter group per facet of a catalog spec, in its order: a facet of labelled values (요일,
 * 신청 가능 지역) offers every value with its label, others what the results hold.
 */
export function SpecFacetGroups<F extends string>({
  idPrefix,
  facets,
  counts,
  selected,
}: {
  idPrefix: string;
  facets: Record<F, FacetSpec>;
  counts: Record<NoInfer<F>, FacetOption[]>;
  selected: Partial<Record<NoInfer<F>, readonly string[]>>;
}) {
  return panelFacets(facets).map(([name, facet]) => (
    <FacetGroup
      idPrefix={idPrefix}
      key={name}
      name={name}
      legend={facet.label}
      options={facetOptions(facet, counts[name])}
      selected={selected[name] ?? []}
      labelOf={facet.valueLabels && ((v) => facet.valueLabels![v] ?? v)}
    />
  ));
}
