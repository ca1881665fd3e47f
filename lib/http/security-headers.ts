// Sent with every response: by Next through next.config.ts, and by the portal's server for the
// routes it answers itself. HSTS is ignored by browsers over plain http, so it is safe to send always.
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

/**
 * The policy of every page outside /admin (which gets a per-request nonce policy from proxy.ts).
 * It is the same for every response, so pages stay cacheable. Scripts load from the portal only,
 * each with an integrity hash (next.config.ts `experimental.sri`); the inline scripts that carry
 * each page's React data differ per page and Next gives no hash for them, so a static policy
 * must allow inline scripts — a nonce would make every page dynamic. Markdown cannot inject
 * markup (no raw HTML), and images come from the portal itself or data: URLs only.
 */
export const publicContentSecurityPolicy = contentSecurityPolicy({
  scripts: "'self' 'unsafe-inline'",
  images: "'self' data:",
});

/** The portal's policy; public pages and the workspace differ only in scripts and images. */
export function contentSecurityPolicy({ scripts, images }: { scripts: string; images: string }) {
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
