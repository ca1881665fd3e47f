import { sql } from "drizzle-orm";
import { articles, sections, type Article } from "@/lib/db/schema";

/** The bulletin's four sections as it prints them. */
export const sectionLabels: Record<Article["section"], string> = {
  issue: "Ⅰ 이슈",
  industry: "Ⅱ 주요 산업 현황",
  policy: "Ⅲ 국내 정책동향",
  appendix: "부록",
};

/** An issue as the bulletin names its editions: 2024-04 → 2024년 4월호. */
export function editionOf(issue: { slug: string }) {
  const [year, month] = issue.slug.split("-");
  return `${year}년 ${Number(month)}월호`;
}

// Positions count within a section, far below this.
const SECTION_STEP = 10_000;

/** Where an article stands in its issue as printed: section by section, then its position. */
export function issueOrder(article: Pick<Article, "section" | "position">) {
  return sections.indexOf(article.section) * SECTION_STEP + article.position;
}

/** The same number in SQL, for the database's catalog order. */
export const issueOrderSql = sql`(case ${articles.section} ${sql.join(
  sections.map((section, i) => sql`when ${section} then ${i}`),
  sql` `,
)} end) * ${SECTION_STEP} + ${articles.position}`;
