// Writes the catalogs' query parameter names for next.config's rewrites (lib/routes/catalog-views.ts).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { catalogQueryNames } from "@/lib/catalog/query-names";

const file = path.resolve("lib/routes/catalog-query-names.json");
writeFileSync(file, `${JSON.stringify(catalogQueryNames(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
