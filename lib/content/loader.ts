import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import {
  articleSeedSchema,
  courseSeedSchema,
  issueSeedSchema,
  programSeedSchema,
  type ArticleSeed,
  type CourseSeed,
  type IssueSeed,
  type ProgramSeed,
} from "./schema";

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ""}${detail}`);
    this.name = "SeedError";
  }
}

export type SeedContent = {
  issues: { issue: IssueSeed; articles: ArticleSeed[] }[];
  courses: CourseSeed[];
  programs: ProgramSeed[];
};

function parseWith<T extends z.ZodType>(schema: T, value: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new SeedError(file, issue.path.join("."), issue.message);
  }
  return result.data;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SeedError(file, "", `invalid JSON (${(error as Error).message})`);
  }
}

function uniqueBy<T>(items: T[], key: (item: T) => string, file: string, field: string) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) throw new SeedError(file, `${i}.${field}`, `duplicate value "${k}"`);
    seen.add(k);
  });
}

async function loadArticle(file: string): Promise<ArticleSeed> {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(await readFile(file, "utf8"));
  } catch (error) {
    throw new SeedError(file, "front matter", (error as Error).message);
  }
  const meta = parseWith(articleSeedSchema, parsed.data, file);
  const body = parsed.content.trim();
  if (!body) throw new SeedError(file, "body", "the article has no body");
  return { ...meta, body };
}

/** Reads and validates every seed file under `root`; throws a SeedError naming file and field. */
export async function loadSeedContent(root: string): Promise<SeedContent> {
  const issuesDir = path.join(root, "issues");
  const issueSlugs = (await readdir(issuesDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  const issues = [];
  for (const dir of issueSlugs) {
    const issueFile = path.join(issuesDir, dir, "issue.json");
    const issue = parseWith(issueSeedSchema, await readJson(issueFile), issueFile);
    if (issue.slug !== dir)
      throw new SeedError(issueFile, "slug", `must equal the folder name "${dir}"`);
    const articlesDir = path.join(issuesDir, dir, "articles");
    const files = (await readdir(articlesDir)).filter((f) => f.endsWith(".md")).sort();
    const articles = await Promise.all(files.map((f) => loadArticle(path.join(articlesDir, f))));
    uniqueBy(articles, (a) => a.slug, articlesDir, "slug");
    issues.push({ issue, articles });
  }

  const coursesFile = path.join(root, "courses.json");
  const courses = parseWith(z.array(courseSeedSchema), await readJson(coursesFile), coursesFile);
  uniqueBy(courses, (c) => c.externalId, coursesFile, "externalId");

  const programsFile = path.join(root, "programs.json");
  const programs = parseWith(
    z.array(programSeedSchema),
    await readJson(programsFile),
    programsFile,
  );
  uniqueBy(programs, (p) => p.externalId, programsFile, "externalId");

  // Programs link to articles by slug, so a slug must name one article across all issues.
  const allArticles = issues.flatMap((i) => i.articles);
  uniqueBy(allArticles, (a) => a.slug, issuesDir, "slug");
  const articleSlugs = new Set(allArticles.map((a) => a.slug));
  programs.forEach((p, i) => {
    if (p.articleSlug && !articleSlugs.has(p.articleSlug)) {
      throw new SeedError(
        programsFile,
        `${i}.articleSlug`,
        `no article with slug "${p.articleSlug}"`,
      );
    }
  });

  return { issues, courses, programs };
}
