import { describe, expect, it } from "vitest";
import { catalogViewHeader, markCatalogView } from "./catalog-views";

const mark = (
  pathname: string,
  search = "",
  headers: Record<string, string> = {},
  method = "GET",
) =>
  markCatalogView({ method, pathname, search, headers: new Headers(headers) })?.get(
    catalogViewHeader,
  );

describe("markCatalogView", () => {
  it("marks a catalog opened with no query for its static route", () => {
    expect(mark("/courses")).toBe("1");
    expect(mark("/programs")).toBe("1");
    expect(mark("/issues")).toBe("1");
  });

  it("leaves a query and a client-side navigation to the query route, whatever the client sent", () => {
    expect(mark("/courses", "?q=파이썬", { [catalogViewHeader]: "1" })).toBeNull();
    expect(mark("/programs", "?status=open")).toBeNull();
    // Next's navigations and prefetches carry an `rsc` header: they stay on the query route,
    // so typing and filtering never leave the form they started in.
    expect(mark("/courses", "", { rsc: "1" })).toBeNull();
    // Only reading: a post goes to the route it names.
    expect(mark("/courses", "", {}, "POST")).toBeNull();
    expect(mark("/courses", "", {}, "HEAD")).toBe("1");
  });

  it("leaves other paths alone", () => {
    expect(
      markCatalogView({
        method: "GET",
        pathname: "/courses/compare",
        search: "",
        headers: new Headers(),
      }),
    ).toBeNull();
    expect(
      markCatalogView({
        method: "GET",
        pathname: "/issues/2024-04",
        search: "",
        headers: new Headers(),
      }),
    ).toBeNull();
  });
});
