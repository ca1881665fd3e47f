import { eq } from "drizzle-orm";
import { publicStatus } from "@/lib/catalog/visibility";
import { programs } from "@/lib/db/schema";

/** What the public may see of programs: published records only. */
export const published = eq(programs.status, publicStatus);
