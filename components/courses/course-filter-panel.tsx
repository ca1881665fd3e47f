import { FacetGroup } from "@/components/search/facet-group";
import { SpecFacetGroups } from "@/components/search/spec-facet-groups";
import type { CourseCatalog } from "@/lib/courses/catalog";
import type { RecruitmentStatus } from "@/lib/courses/derive";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import type { CourseParams } from "@/lib/courses/filters";

const inputClass =
  "h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-base md:h-10";

const { ranges, toggles } = courseCatalogSpec;

/** One end of a range, as its spec declares the input (the URL takes the same bounds). */
function RangeInput({
  id,
  name,
  value,
  placeholder,
}: {
  id: string;
  name: keyof typeof ranges;
  value: string | number | undefined;
  placeholder?: string;
}) {
  const { input } = ranges[name];
  return (
    <input
      id={id}
      name={name}
      defaultValue={value}
      placeholder={placeholder}
      className={inputClass}
      {...(input.type === "number"
        ? { type: "number", min: input.min, max: input.max, step: 1, inputMode: "numeric" }
        : { type: "date" })}
    />
  );
}

export function CourseFilterPanel({
  idPrefix,
  params,
  catalog,
}: {
  idPrefix: string;
  params: CourseParams;
  catalog: CourseCatalog;
}) {
  const rangeId = (name: keyof typeof ranges) => `${idPrefix}-${name}`;
  return (
    <div>
      <FacetGroup
        idPrefix={idPrefix}
        name="status"
        legend={courseCatalogSpec.status.label}
        options={catalog.facets.status}
        selected={params.status}
        labelOf={(v) => courseCatalogSpec.status.valueLabels[v as RecruitmentStatus]}
      />
      {/* 고용24 lists only card courses: where every result takes the card, the filter would
          narrow nothing, so the panel says so instead. Styled as a facet value (.facet-values in
          globals.css). */}
      {params.card !== "1" && catalog.total > 0 && catalog.cardEligible === catalog.total ? (
        <p className="border-t border-slate-200 py-3 text-sm text-slate-700">
          여기 나온 과정은 모두 {toggles.card.label}로 수강할 수 있습니다.
        </p>
      ) : (
        <fieldset className="facet-values border-t border-slate-200 py-3">
          <legend className="sr-only">{toggles.card.label}</legend>
          <label htmlFor={`${idPrefix}-facet-card`}>
            <input
              id={`${idPrefix}-facet-card`}
              type="checkbox"
              name="card"
              value="1"
              defaultChecked={params.card === "1"}
            />
            <span className="font-bold">{toggles.card.label} 사용 가능</span>
            <span>{catalog.cardEligible}</span>
          </label>
        </fieldset>
      )}
      <SpecFacetGroups
        idPrefix={idPrefix}
        facets={courseCatalogSpec.facets}
        counts={catalog.facets}
        selected={params}
      />
      <fieldset className="border-t border-slate-200 py-3">
        <legend className="mb-1 text-sm font-bold">{ranges.hoursMin.group}</legend>
        <div className="flex items-center gap-2">
          <label className="sr-only" htmlFor={rangeId("hoursMin")}>
            {ranges.hoursMin.label}
          </label>
          <RangeInput
            id={rangeId("hoursMin")}
            name="hoursMin"
            value={params.hoursMin}
            placeholder="최소"
          />
          <span aria-hidden="true">~</span>
          <label className="sr-only" htmlFor={rangeId("hoursMax")}>
            {ranges.hoursMax.label}
          </label>
          <RangeInput
            id={rangeId("hoursMax")}
            name="hoursMax"
            value={params.hoursMax}
            placeholder="최대"
          />
        </div>
      </fieldset>
      <fieldset className="border-t border-slate-200 py-3">
        <legend className="mb-1 text-sm font-bold">{ranges.startFrom.group}</legend>
        <div className="grid gap-2">
          {(["startFrom", "startTo"] as const).map((name) => (
            <label key={name} className="text-sm text-slate-600" htmlFor={rangeId(name)}>
              {ranges[name].label}
              <RangeInput id={rangeId(name)} name={name} value={params[name]} />
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
