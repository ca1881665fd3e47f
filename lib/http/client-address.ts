import { isIPv6 } from "node:net";

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

/**
 * The block an address's holder controls, for limits counted per address: an IPv6 host is
 * usually given a whole /64 and can take any address in it, so there the /64 is counted; an IPv4
 * address (IPv4-mapped or not) is itself.
 */
export function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  const plain = address.replace(/%.*$/, "");
  if (!isIPv6(plain)) return address;
  const [head = "", tail] = plain.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  const prefix = groups.slice(0, 4).map((group) => (parseInt(group, 16) || 0).toString(16));
  return `${prefix.join(":")}::/64`;
}
