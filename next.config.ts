import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and server-side packages stay in node_modules instead of being bundled.
  serverExternalPackages: ["@libsql/client", "libsql"],
};

export default nextConfig;
