import { eq } from "drizzle-orm";
import { publicStatus } from "@/lib/catalog/visibility";
import { courses } from "@/lib/db/schema";

/** What the public may see of courses: published records only. */
export const published = eq(courses.status, publicStatus);
