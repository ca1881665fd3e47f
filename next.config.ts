import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Imports upload files of up to 5 MB (lib/import/parse.ts) plus multipart overhead.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Native and server-side packages stay in node_modules instead of being bundled.
  serverExternalPackages: ["@libsql/client", "libsql", "@node-rs/argon2"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
