import { beforeEach, describe, expect, it, vi } from "vitest";
import { freePort } from "./local-server";

// Each test gets fresh modules, so a breaker opened by one test starts closed in the next.
async function fresh() {
  vi.resetModules();
  const client = await import("./client");
  const resident = await import("./resident");
  return { ...client, ...resident };
}

describe("residentSearch", () => {
  beforeEach(() => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });

  it("does not count a refused request (4xx) as Meilisearch being down", async () => {
    const { residentSearch, residentSearchState } = await fresh();
    for (let i = 0; i < 8; i++) {
      await expect(
        residentSearch((client) => client.index("no_such_index").search("x")),
      ).rejects.toMatchObject({ cause: { name: "MeilisearchApiError" } });
    }
    expect(residentSearchState()).toBe("closed");
  });

  it("stops asking a Meilisearch that keeps failing and answers at once for a few seconds", async () => {
    const { connectSearch, residentSearch, residentSearchState, SearchUnavailableError } =
      await fresh();
    connectSearch({ url: `http://127.0.0.1:${await freePort()}`, key: "nobody-listens-here" });
    for (let i = 0; i < 5; i++) {
      await expect(residentSearch((client) => client.health())).rejects.toThrow();
    }
    expect(residentSearchState()).toBe("open");
    const asked = vi.fn();
    await expect(residentSearch(asked)).rejects.toThrow(SearchUnavailableError);
    expect(asked).not.toHaveBeenCalled();
  });
});
