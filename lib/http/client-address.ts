// Which address a request came from, for the sign-in limits. The Next server appends the socket's
// peer to X-Forwarded-For (lib/http/peer-address.mjs), as any proxy does, so the last entry is
// always the peer; each trusted proxy in front added one more entry before it. Entries further
// left are whatever the client wrote and are never believed.
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number) {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = chain[Math.max(chain.length - 1 - trustedProxies, 0)] ?? "unknown";
  return address.slice(0, 64);
}
