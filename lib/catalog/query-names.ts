import { articleParamSpecs } from "@/lib/bulletin/filters";
import { courseParamSpecs } from "@/lib/courses/filters";
import { programParamSpecs } from "@/lib/programs/filters";
import { coursesPath, issuesPath, programsPath } from "@/lib/routes/public";

/**
 * Every query parameter each catalog page reads, by the page's path. next.config cannot load the
 * specs (they bring the database schema), so `npm run routes:generate` writes this to
 * lib/routes/catalog-query-names.json, and a test fails while that file differs from it.
 */
export function catalogQueryNames(): Record<string, string[]> {
  return {
    [coursesPath()]: Object.keys(courseParamSpecs).sort(),
    [programsPath()]: Object.keys(programParamSpecs).sort(),
    [issuesPath()]: Object.keys(articleParamSpecs).sort(),
  };
}
