import { describe, expect, it } from "vitest";
import { articleCatalogSpec } from "@/lib/bulletin/catalog-spec";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { courses } from "@/lib/db/schema";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import { catalogIndexSettings, indexSettings } from "./index-settings";
import type { AnyCatalogSpec } from "./spec";

const specs: AnyCatalogSpec[] = [courseCatalogSpec, programCatalogSpec, articleCatalogSpec];

describe("index settings derived from the catalog specs", () => {
  it("let the course index filter and sort on what the catalog offers, and nothing else", () => {
    const settings = indexSettings.courses;
    expect(new Set(settings.filterableAttributes)).toEqual(
      new Set([
        "field",
        "trainingType",
        "district",
        "provider",
        "schedule",
        "tags",
        "cardEligible",
        "totalHours",
        "startDay",
        "endDay",
        "closed",
      ]),
    );
    expect(settings.sortableAttributes).toEqual([
      "startDay",
      "endDay",
      "employmentRate",
      "totalHours",
      "fillRate",
      "updatedAt",
      "id",
    ]);
    // Searched in ranking order, the title first; 초성 initials last, outside the Korean segmenter.
    expect(settings.searchableAttributes).toEqual([
      ...Object.keys(courseCatalogSpec.searchable),
      "initials",
    ]);
    expect(settings.searchableAttributes![0]).toBe("title");
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: Object.keys(courseCatalogSpec.searchable), locales: ["kor"] },
    ]);
  });

  it("make a filter added to a spec one its index accepts", () => {
    const withRoomFacet = {
      ...courseCatalogSpec,
      facets: {
        ...courseCatalogSpec.facets,
        room: { label: "강의실", attribute: "room", column: courses.title, schema: undefined! },
      },
    } as AnyCatalogSpec;
    expect(catalogIndexSettings(withRoomFacet).filterableAttributes).toContain("room");
    expect(indexSettings.courses.filterableAttributes).not.toContain("room");
  });

  it.each(specs.map((spec) => [spec.index, spec] as const))(
    "end every %s order on the record id, as the database does",
    (index) => {
      expect(indexSettings[index].sortableAttributes!.at(-1)).toBe("id");
    },
  );

  it.each(specs.filter((spec) => spec.status).map((spec) => [spec.index, spec] as const))(
    "declare every attribute the %s status conditions read",
    (_index, spec) => {
      const status = spec.status!;
      const read = status.values.flatMap((value: string) =>
        [...status.meili(value, 20250915).matchAll(/([A-Za-z]+)\s*(?:!=|>=|<=|=|>|<|IS )/g)].map(
          (match) => match[1]!,
        ),
      );
      expect(read.length).toBeGreaterThan(0);
      expect(status.attributes).toEqual(expect.arrayContaining(read));
      expect(new Set(read)).toEqual(new Set(status.attributes));
    },
  );
});
