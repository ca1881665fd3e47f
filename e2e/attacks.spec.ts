import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eAccounts, e2ePassword } from "./support/accounts";
import { signIn } from "./support/admin";

// What an attack run found (issue 13), replayed against the production server.

const portalLog = () => readFileSync(process.env.E2E_PORTAL_LOG!, "utf8");

test.describe("the sign-in form before its script runs", { tag: "@server" }, () => {
  test.use({ javaScriptEnabled: false });

  test("sends the password in a request body, never in the address", async ({ page }) => {
    await page.goto("/admin/login");
    await page.getByLabel("이메일").fill("editor@example.com");
    await page.getByLabel("비밀번호").fill("not-the-password-1234");
    const sent = page.waitForRequest((request) => request.url().includes("/admin/login"));
    await page.getByLabel("비밀번호").press("Enter");
    const request = await sent;
    expect(request.method()).toBe("POST");
    expect(request.url()).not.toContain("password");
    await expect(page.getByRole("heading", { name: "편집실 로그인" })).toBeVisible();
    expect(page.url()).not.toContain("not-the-password");
  });
});

test.describe("hostile requests get a 4xx and print no stack trace", { tag: "@server" }, () => {
  test("paths that cannot be percent-decoded show the 404 page", async ({ request }) => {
    const paths = [
      "/tags/%ff",
      "/tags/%",
      "/courses/%ff",
      "/programs/%ff",
      "/programs/%ff/deadline.ics",
      "/issues/%ff",
      "/issues/2024-04/%ff",
    ];
    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain("찾으시는 페이지가 없습니다");
    }
  });

  test("a search with an extra parameter is not answered with the unfiltered catalog", async ({
    request,
  }) => {
    // Page loads with none of a catalog's parameters go to its static route
    // (lib/routes/catalog-views.ts); any one of them keeps the query route, whatever else is sent.
    const response = await request.get(
      `/courses?utm_source=kakao&q=${encodeURIComponent("파이썬")}&view=`,
    );
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("‘파이썬’ 검색 결과");
  });

  test("odd requests to sign-in and server actions are refused with 405, 403 and 413", async ({
    request,
    baseURL,
  }) => {
    const callback = await request.get("/api/auth/callback/credentials");
    expect(callback.status()).toBe(405);
    expect(callback.headers()["allow"]).toBe("POST");

    for (const origin of ["https://evil.example", ""]) {
      const forged = await request.post("/admin/login", {
        headers: {
          "Next-Action": "0123456789abcdef",
          Origin: origin,
          "Content-Type": "text/plain",
        },
        data: "[]",
      });
      expect(forged.status(), `Origin: ${origin}`).toBe(403);
    }
    const oversized = await request.post("/admin/import", {
      headers: { "Next-Action": "0123456789abcdef", Origin: baseURL! },
      multipart: {
        file: { name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(12 * 1024 * 1024) },
      },
    });
    expect(oversized.status()).toBe(413);
    expect(await oversized.text()).toContain("5MB 이하");

    const log = portalLog();
    expect(log).not.toContain("Callback for provider type credentials not supported");
    expect(log).not.toContain("Invalid Server Actions request");
    expect(log).not.toMatch(/Body exceeded .* limit/);
  });

  test("the search API names what is wrong with prototype names, hex numbers and negative ranges", async ({
    request,
  }) => {
    // Next's router drops a `__proto__` parameter before any route sees it: the search is the
    // one with no parameters, and nothing is polluted.
    const bare = await request.get("/api/search");
    const proto = await request.get("/api/search?__proto__=1");
    expect(proto.status()).toBe(bare.status());
    expect(await proto.json()).toEqual(await bare.json());
    const cases: [string, string][] = [
      ["index=courses&constructor=1", "unknown parameter: constructor"],
      ["index=courses&toString=x", "unknown parameter: toString"],
      ["page=0x10", "page: must be a whole number in decimal digits"],
      ["index=courses&hoursMin=-1", "hoursMin: must be 0 이상 (0 or more)"],
    ];
    for (const [query, error] of cases) {
      const response = await request.get(`/api/search?${query}`);
      expect(response.status(), query).toBe(400);
      expect(await response.json(), query).toEqual({ error });
    }
  });
});

test.describe("sign-in and sign-out", { tag: "@server" }, () => {
  test.use({ baseURL: process.env.E2E_ADMIN_URL });

  async function signInOverHttp(
    request: APIRequestContext,
    email: string,
    password: string,
    forwardedFor: string,
  ) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { "X-Forwarded-For": forwardedFor },
      form: { email, password, csrfToken, json: "true" },
      maxRedirects: 0,
    });
    const { cookies } = await request.storageState();
    return {
      status: response.status(),
      signedIn: cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token")),
    };
  }

  test("seven wrong passwords from seven X-Forwarded-For addresses, then the right one: refused", async ({
    playwright,
  }) => {
    const email = e2eAccounts.forwarded;
    // The same requests sign in with the right password when nothing was guessed before.
    const control = await playwright.request.newContext({ baseURL: process.env.E2E_ADMIN_URL });
    expect(await signInOverHttp(control, e2eAccounts.editor, e2ePassword, "198.51.100.1")).toEqual({
      status: 200,
      signedIn: true,
    });
    await control.dispose();

    const request = await playwright.request.newContext({ baseURL: process.env.E2E_ADMIN_URL });
    for (let i = 1; i <= 7; i++) {
      const attempt = await signInOverHttp(request, email, `wrong-${i}-password`, `203.0.113.${i}`);
      expect(attempt.signedIn).toBe(false);
    }
    const right = await signInOverHttp(request, email, e2ePassword, "203.0.113.8");
    expect(right.signedIn).toBe(false);
    await request.dispose();
  });

  test("signing out ends the session on the server: a copied token no longer opens the workspace", async ({
    page,
    playwright,
  }) => {
    await signIn(page, e2eAccounts.signOut);
    const copied = (await page.context().cookies()).find((cookie) =>
      cookie.name.endsWith("next-auth.session-token"),
    )!;
    await page.getByRole("button", { name: "로그아웃" }).click();
    await expect(page).toHaveURL(/\/admin\/login/);

    const thief = await playwright.request.newContext({
      baseURL: process.env.E2E_ADMIN_URL,
      extraHTTPHeaders: { Cookie: `${copied.name}=${copied.value}` },
    });
    const response = await thief.get("/admin/courses", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/admin/login");
    await thief.dispose();
  });
});

test.describe("content security policy of public pages", () => {
  test("pages carry a strict, cacheable policy and run under it without violations", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ["/", "/courses", "/issues/2024-04/k-digital-training-incheon"]) {
      const response = await page.goto(path);
      const policy = response!.headers()["content-security-policy"]!;
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "img-src 'self' data:",
      ]) {
        expect(policy, path).toContain(directive);
      }
      expect(policy, path).not.toContain("nonce-");
      // Next's own scripts carry integrity hashes.
      expect(await page.locator("script[src][integrity]").count(), path).toBeGreaterThan(0);
    }
    // Hydrated under the policy: the header search suggests as the resident types.
    await page.getByRole("combobox", { name: "포털 전체 검색" }).fill("스마트");
    await expect(page.getByRole("listbox")).toBeVisible();
    expect(violations).toEqual([]);
  });
});
