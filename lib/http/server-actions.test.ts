import { describe, expect, it } from "vitest";
import { SERVER_ACTION_BODY_LIMIT_BYTES, serverActionRefusal } from "./server-actions";

const headers = (entries: Record<string, string>) =>
  new Headers({ host: "127.0.0.1:3000", ...entries });

describe("serverActionRefusal", () => {
  it.each<[Record<string, string>, string?]>([
    [{}, "no Origin"],
    [{ origin: "" }, "an empty Origin"],
    [{ origin: "null" }, "an opaque Origin"],
    [{ origin: "https://evil.example" }, "a foreign Origin"],
    [{ origin: "http://127.0.0.1:3000.evil.example" }, "a look-alike Origin"],
  ])("refuses %j (%s) with 403", (entries) => {
    expect(serverActionRefusal(headers(entries), "portal.example")?.status).toBe(403);
  });

  it("accepts the portal's own origin, by Host or by its public URL", () => {
    expect(serverActionRefusal(headers({ origin: "http://127.0.0.1:3000" }), "x")).toBeNull();
    expect(
      serverActionRefusal(headers({ origin: "https://portal.example" }), "portal.example"),
    ).toBeNull();
  });

  it("refuses a body over the limit with both upload limits in the message", () => {
    const refusal = serverActionRefusal(
      headers({
        origin: "http://127.0.0.1:3000",
        "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES + 1),
      }),
      "x",
    );
    expect(refusal).toEqual({
      status: 413,
      message: expect.stringMatching(/이미지는 10MB, 가져오기 파일은 5MB 이하/),
    });
  });
});
