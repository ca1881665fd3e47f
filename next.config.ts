import path from "node:path";
import type { NextConfig } from "next";
import { env } from "./lib/env";
import { publicContentSecurityPolicy, securityHeaders } from "./lib/http/security-headers";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/http/server-actions";
import { catalogViewRewrites } from "./lib/routes/catalog-views";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` sets this when it has just checked the types itself, before the browser tests build.
  typescript: { ignoreBuildErrors: process.env.PORTAL_BUILD_TYPES_CHECKED === "1" },
  // Next hashes every page it sends for an ETag: on a cached article (210 KB) that cost a fifth of
  // the throughput (425 → 552 req/s, bench:pages), while a 304 spares only a full reload's
  // download — browsers do not keep the pages (s-maxage speaks to shared caches).
  generateEtags: false,
  // Next gzips each answer anew for every request (the article's page costs it 2 ms of CPU, more
  // than the whole answer without it); behind a proxy or CDN that compresses and keeps the bytes,
  // PORTAL_COMPRESS=off hands that work to it. Read when the server starts (a standalone build's
  // server keeps the value it was built with).
  compress: env.PORTAL_COMPRESS === "on",
  // NEXT_OUTPUT=standalone: a self-contained server in .next/standalone for a container image
  // (what it needs is in the README); `npm start` then runs it instead of next start.
  ...(process.env.NEXT_OUTPUT === "standalone" && { output: "standalone" as const }),
  // Public pages are built from 'use cache' reads tagged by record (lib/cache/tags.ts) and served
  // whole from the cache until a write expires a tag they were built from.
  cacheComponents: true,
  partialPrefetching: false,
  // Both caches live in the server's memory, with tag expirations shared through the database.
  cacheHandler: path.resolve("lib/cache/handlers/pages.mjs"),
  cacheHandlers: { default: path.resolve("lib/cache/handlers/data.mjs") },
  cacheMaxMemorySize: 0,
  experimental: {
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
    // Integrity hashes on the scripts Next loads (see publicContentSecurityPolicy).
    sri: { algorithm: "sha256" },
    // A build's Turbopack cache is read only by a later build in the same folder; CI and
    // containers build once from a clean clone, and writing it cost 12 s of a 57 s build.
    turbopackFileSystemCacheForBuild: false,
  },
  // The font routes read Pretendard from the installed package (lib/fonts/pretendard) by paths
  // built at run time: a standalone build's trace took the whole package (1,826 files, 98 MB: every
  // weight, format and the desktop fonts). It keeps what the routes read, and the licence.
  outputFileTracingIncludes: {
    "/fonts/**": [
      "./node_modules/pretendard/package.json",
      "./node_modules/pretendard/dist/LICENSE.txt",
      "./node_modules/pretendard/dist/web/static/pretendard-dynamic-subset.css",
      "./node_modules/pretendard/dist/web/static/woff2-dynamic-subset/Pretendard-{Regular,Bold}.subset.*.woff2",
    ],
  },
  outputFileTracingExcludes: {
    "/fonts/**": [
      "./node_modules/pretendard/{README.md,subset.js,subset_glyphs.txt,docs/**,dist/public/**,dist/web/variable/**}",
      "./node_modules/pretendard/dist/web/static/{woff,woff2,woff-subset,woff2-subset,woff-dynamic-subset}/**",
      "./node_modules/pretendard/dist/web/static/{pretendard.css,pretendard-subset.css,Pretendard-*.css}",
      "./node_modules/pretendard/dist/web/static/woff2-dynamic-subset/Pretendard-{Thin,ExtraLight,Light,Medium,SemiBold,ExtraBold,Black}.*",
    ],
  },
  // Native and server-side packages stay in node_modules instead of being bundled.
  serverExternalPackages: ["@libsql/client", "libsql", "@node-rs/argon2"],
  async rewrites() {
    return { beforeFiles: catalogViewRewrites };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        // Every path but /admin and below, whose pages get a nonce policy from proxy.ts.
        source: "/((?!admin$|admin/).*)",
        headers: [{ key: "Content-Security-Policy", value: publicContentSecurityPolicy }],
      },
    ];
  },
};

export default nextConfig;
