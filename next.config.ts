import type { NextConfig } from "next";

// Sent with every response. HSTS is ignored by browsers over plain http, so it is safe to send always.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

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
