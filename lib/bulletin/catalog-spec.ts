import { sql } from "drizzle-orm";
import { z } from "zod";
import { tagFacet, type CatalogSpec } from "@/lib/catalog/spec";
import { articles, issues, sections } from "@/lib/db/schema";
import { facetValueParam } from "@/lib/search/params";
import { issueOrderSql, sectionLabels } from "./sections";
import { publicArticle } from "./visibility";

// The article's issue as its search document names it: a YYYY-MM slug, so the newest sorts last.
const issueSlug = sql`(select ${issues.slug} from ${issues} where ${issues.id} = ${articles.issueId})`;

/** The newest issue first, each in the order it was printed. */
const newestIssueFirst = [
  { attribute: "issueSlug", sql: issueSlug, desc: true },
  { attribute: "issueOrder", sql: issueOrderSql },
];

/** The bulletin's articles as a catalog: by section, topic and tag, newest first. */
export const articleCatalogSpec = {
  index: "articles",
  idColumn: articles.id,
  table: articles,
  visible: publicArticle,
  searchable: {
    title: articles.title,
    tags: articles.tags,
    summary: articles.summary,
    category: articles.category,
    body: articles.body,
  },
  relevanceOrder: newestIssueFirst,
  facets: {
    section: {
      label: "분류",
      attribute: "section",
      column: articles.section,
      schema: z.enum(sections, { error: `must be one of: ${sections.join(", ")}` }),
      valueLabels: sectionLabels,
    },
    category: {
      label: "주제",
      attribute: "category",
      column: articles.category,
      schema: facetValueParam,
    },
    tag: tagFacet(articles.tags),
  },
  toggles: {},
  ranges: {},
  sorts: {
    relevance: { label: "관련도순", order: null },
    latest: { label: "최신순", order: newestIssueFirst },
  },
  defaultSort: (q) => (q ? "relevance" : "latest"),
  pageSize: 12,
} satisfies CatalogSpec<
  "section" | "category" | "tag",
  never,
  never,
  never,
  "relevance" | "latest"
>;
