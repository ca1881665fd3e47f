// The course enums with their Korean labels, declared once: the table, the forms, the catalog's
// filters and the pages read them from here (no server-only imports, so forms can too).

export const schedules = ["weekday", "weekend", "mixed"] as const;
export type Schedule = (typeof schedules)[number];
export const scheduleLabels: Record<Schedule, string> = {
  weekday: "주중",
  weekend: "주말",
  mixed: "혼합 (주중·주말)",
};

export const employmentStatuses = [
  "planned",
  "in_progress",
  "not_surveyed",
  "no_graduates",
] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];
export const employmentStatusLabels: Record<EmploymentStatus, string> = {
  planned: "개설 예정",
  in_progress: "훈련 중",
  not_surveyed: "조사 안 함",
  no_graduates: "수료자 없음",
};

/** An enum's values as a form's select options, in declaration order. */
export const optionsOf = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

/**
 * The tags naming the programme a course is paid through. They say how, not what, a course
 * teaches: every 고용24 round carries one, so they neither relate two courses nor name a topic.
 */
export const fundingTags = { card: "국민내일배움카드", kdt: "K-디지털 트레이닝" } as const;
export const isFundingTag = (tag: string) => (Object.values(fundingTags) as string[]).includes(tag);
