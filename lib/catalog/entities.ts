/** The records editors keep as catalogs and official sources feed. */
export const catalogEntities = ["course", "program"] as const;

export type CatalogEntity = (typeof catalogEntities)[number];

/** A catalog as residents and editors name it. */
export const catalogEntityLabels: Record<CatalogEntity, string> = {
  course: "훈련과정",
  program: "지원사업",
};
