import { describe, expect, it } from "vitest";
import { addressBlock, clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("believes only the peer when no proxy is trusted, whatever the client wrote", () => {
    expect(clientAddress("6.6.6.6, 7.7.7.7, 10.0.0.5", 0)).toBe("10.0.0.5");
  });

  it("takes the entry the trusted proxy added", () => {
    // client → proxy (adds the client's address) → portal (adds the proxy's address)
    expect(clientAddress("6.6.6.6, 203.0.113.9, 10.0.0.2", 1)).toBe("203.0.113.9");
  });

  it("stays within the chain when fewer proxies stood in front than configured", () => {
    expect(clientAddress("10.0.0.2", 2)).toBe("10.0.0.2");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  it("keeps at most 64 characters of an address", () => {
    expect(clientAddress(`${"a".repeat(500)}`, 0)).toHaveLength(64);
  });
});

describe("addressBlock", () => {
  it("counts an IPv6 address by its /64, however it is written", () => {
    const block = "2001:db8:12:34::/64";
    for (const address of [
      "2001:db8:12:34::1",
      "2001:0db8:0012:0034:aaaa:bbbb:cccc:dddd",
      "2001:db8:12:34:ffff::",
      "2001:db8:12:34::1%eth0",
    ])
      expect(addressBlock(address), address).toBe(block);
    expect(addressBlock("2001:db8:12:35::1")).not.toBe(block);
    expect(addressBlock("::1")).toBe("0:0:0:0::/64");
    expect(addressBlock("fe80::1")).toBe("fe80:0:0:0::/64");
  });

  it("counts an IPv4 address as itself, mapped into IPv6 or not", () => {
    expect(addressBlock("203.0.113.9")).toBe("203.0.113.9");
    expect(addressBlock("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressBlock("unknown")).toBe("unknown");
  });
});
