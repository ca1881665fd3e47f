import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { courseSeedSchema } from "@/lib/content/schema";

/** A course as the search's golden fixture holds it, for tests to copy with their own fields. */
export const fixtureCourse = z
  .array(courseSeedSchema)
  .parse(
    JSON.parse(
      readFileSync(
        path.join(import.meta.dirname, "..", "lib", "search", "golden", "fixture-courses.json"),
        "utf8",
      ),
    ),
  )[0]!;
