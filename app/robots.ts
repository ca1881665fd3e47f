import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";
import { comparePath, searchFormPath } from "@/lib/routes/public";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // Pages of a query (search, a comparison) and what only editors and links open.
      disallow: ["/admin", "/api/", searchFormPath, comparePath([]), "/preview/"],
    },
    sitemap: new URL("/sitemap.xml", siteUrl).toString(),
  };
}
