import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

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
