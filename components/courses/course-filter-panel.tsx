import { FacetGroup } from "@/components/search/facet-group";
import { SpecFacetGroups } from "@/components/search/spec-facet-groups";
import type { CourseCatalog } from "@/lib/courses/catalog";
import { recruitmentStatusLabels, type RecruitmentStatus } from "@/lib/courses/derive";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import type { CourseParams } from "@/lib/courses/filters";

const inputClass = "h-10 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-base";

export function CourseFilterPanel({
  params,
  catalog,
}: {
  params: CourseParams;
  catalog: CourseCatalog;
}) {
  return (
    <div>
      <FacetGroup
        idPrefix="courses"
        name="status"
        legend={courseCatalogSpec.status.label}
        options={catalog.facets.status}
        selected={params.status}
        labelOf={(v) => recruitmentStatusLabels[v as RecruitmentStatus]}
      />
      <fieldset className="border-t border-slate-200 py-3">
        <legend className="sr-only">내일배움카드</legend>
        <label
          htmlFor="facet-card"
          className="flex min-h-9 cursor-pointer items-center gap-2 rounded px-1 text-[15px] hover:bg-slate-100"
        >
          <input
            id="facet-card"
            type="checkbox"
            name="card"
            value="1"
            defaultChecked={params.card === "1"}
            className="accent-brand-700 size-5 shrink-0"
          />
          <span className="flex-1 font-bold">내일배움카드 사용 가능</span>
          <span className="text-sm text-slate-600 tabular-nums">{catalog.cardEligible}</span>
        </label>
      </fieldset>
      <SpecFacetGroups
        idPrefix="courses"
        facets={courseCatalogSpec.facets}
        counts={catalog.facets}
        selected={params}
      />
      <fieldset className="border-t border-slate-200 py-3">
        <legend className="mb-1 text-sm font-bold">총 훈련시간</legend>
        <div className="flex items-center gap-2">
          <label className="sr-only" htmlFor="hoursMin">
            최소 훈련시간
          </label>
          <input
            id="hoursMin"
            name="hoursMin"
            type="number"
            min={0}
            max={10000}
            step={1}
            inputMode="numeric"
            defaultValue={params.hoursMin}
            placeholder="최소"
            className={inputClass}
          />
          <span aria-hidden="true">~</span>
          <label className="sr-only" htmlFor="hoursMax">
            최대 훈련시간
          </label>
          <input
            id="hoursMax"
            name="hoursMax"
            type="number"
            min={0}
            max={10000}
            step={1}
            inputMode="numeric"
            defaultValue={params.hoursMax}
            placeholder="최대"
            className={inputClass}
          />
        </div>
      </fieldset>
      <fieldset className="border-t border-slate-200 py-3">
        <legend className="mb-1 text-sm font-bold">시작일</legend>
        <div className="grid gap-2">
          <label className="text-sm text-slate-600" htmlFor="startFrom">
            이후
            <input
              id="startFrom"
              name="startFrom"
              type="date"
              defaultValue={params.startFrom}
              className={inputClass}
            />
          </label>
          <label className="text-sm text-slate-600" htmlFor="startTo">
            이전
            <input
              id="startTo"
              name="startTo"
              type="date"
              defaultValue={params.startTo}
              className={inputClass}
            />
          </label>
        </div>
      </fieldset>
    </div>
  );
}
