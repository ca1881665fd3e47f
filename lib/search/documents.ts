import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { issueOrder } from "@/lib/bulletin/sections";
import { articlePublishedAt } from "@/lib/bulletin/visibility";
import { fillRate } from "@/lib/courses/derive";
import type { Article, Course, Issue, Program } from "@/lib/db/schema";
import type { ProgramPeriodKind } from "@/lib/programs/enums";
import { districtAliases } from "@/lib/districts/districts";
import { dateToInt } from "@/lib/dates/dates";
import { initialsOf } from "./korean";

// Pure mappers from database rows to the documents Meilisearch holds. No I/O, so they are unit-tested.

export type CourseDocument = {
  id: string;
  title: string;
  provider: string;
  trainingType: string;
  field: string;
  district: string | null;
  districtNames: string[];
  address: string | null;
  tags: string[];
  description: string;
  year: number;
  startDate: string | null;
  endDate: string | null;
  startDay: number | null;
  endDay: number | null;
  totalHours: number;
  capacity: number;
  enrolled: number | null;
  fillRate: number | null;
  employmentRate: number | null;
  cardEligible: boolean;
  schedule: string | null;
  isSample: boolean;
  /** Gone from its source (cancelled): shown as ended. */
  closed: boolean;
  updatedAt: number;
  initials: string[];
};

export function courseDocument(course: Course): CourseDocument {
  const rate = fillRate(course);
  return {
    id: course.externalId,
    title: course.title,
    provider: course.provider,
    trainingType: course.trainingType,
    field: course.field,
    district: course.district,
    districtNames: course.district ? [course.district, ...districtAliases(course.district)] : [],
    address: course.address,
    tags: course.tags,
    description: course.description,
    year: course.year,
    startDate: course.startDate,
    endDate: course.endDate,
    startDay: dateToInt(course.startDate),
    endDay: dateToInt(course.endDate),
    totalHours: course.totalHours,
    capacity: course.capacity,
    enrolled: course.enrolled,
    fillRate: rate === null ? null : Math.round(rate * 10) / 10,
    employmentRate: course.employmentRate,
    cardEligible: course.cardEligible,
    schedule: course.schedule,
    isSample: course.isSample,
    closed: course.closedAt !== null,
    updatedAt: course.updatedAt.getTime(),
    initials: initialsOf(course.title, course.provider, ...course.tags),
  };
}

export type ProgramDocument = {
  id: string;
  title: string;
  agency: string;
  category: string;
  targetGroups: string[];
  region: string;
  eligibleAreas: string[];
  summary: string;
  eligibility: string;
  benefit: string;
  maxAmountKrw: number | null;
  applyStart: string | null;
  applyEnd: string | null;
  applyStartDay: number | null;
  applyEndDay: number | null;
  applyLater: boolean;
  periodInNotice: boolean;
  periodKind: ProgramPeriodKind;
  closed: boolean;
  isSample: boolean;
  tags: string[];
  updatedAt: number;
  initials: string[];
};

export function programDocument(program: Program): ProgramDocument {
  return {
    id: program.externalId,
    title: program.title,
    agency: program.agency,
    category: program.category,
    targetGroups: program.targetGroups,
    region: program.region,
    eligibleAreas: program.eligibleAreas,
    summary: program.summary,
    eligibility: program.eligibility,
    benefit: program.benefit,
    maxAmountKrw: program.maxAmountKrw,
    applyStart: program.applyStart,
    applyEnd: program.applyEnd,
    applyStartDay: dateToInt(program.applyStart),
    applyEndDay: dateToInt(program.applyEnd),
    applyLater: program.applyLater,
    periodInNotice: program.periodInNotice,
    periodKind: program.periodKind,
    closed: program.closedAt !== null,
    isSample: program.isSample,
    tags: program.tags,
    updatedAt: program.updatedAt.getTime(),
    initials: initialsOf(program.title, program.agency, ...program.tags),
  };
}

export type ArticleDocument = {
  id: string;
  issueSlug: string;
  slug: string;
  section: string;
  category: string;
  title: string;
  summary: string;
  tags: string[];
  body: string;
  publishedAt: number;
  /** Where it stands in its issue, for the catalog's order (lib/bulletin/sections.ts). */
  issueOrder: number;
  initials: string[];
};

const markdown = unified().use(remarkParse).use(remarkGfm);

type MarkdownNode = { type: string; value?: unknown; children?: MarkdownNode[] };

function collectText(node: MarkdownNode, out: string[]) {
  if (typeof node.value === "string") out.push(node.value);
  node.children?.forEach((child) => collectText(child, out));
}

/** The words of a Markdown body without its syntax; chart blocks keep only their data's text. */
export function markdownToPlainText(body: string): string {
  const words: string[] = [];
  collectText(markdown.parse(body) as MarkdownNode, words);
  return words
    .join(" ")
    .replace(/[{}[\]":,]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function articleDocumentId(article: Pick<Article, "id">) {
  return String(article.id);
}

export function articleDocument(article: Article, issue: Issue): ArticleDocument {
  return {
    id: articleDocumentId(article),
    issueSlug: issue.slug,
    slug: article.slug,
    section: article.section,
    category: article.category,
    title: article.title,
    summary: article.summary,
    tags: article.tags,
    body: markdownToPlainText(article.body),
    publishedAt: articlePublishedAt({ article, issue }).getTime(),
    issueOrder: issueOrder(article),
    initials: initialsOf(article.title, ...article.tags),
  };
}
