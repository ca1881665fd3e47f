import { eq } from "drizzle-orm";
import { articles, issues } from "@/lib/db/schema";

/** What the public may see of the bulletin: published issues, and their published articles. */
export const publishedIssue = eq(issues.status, "published");
export const publishedArticle = eq(articles.status, "published");
