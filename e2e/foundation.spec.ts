import { expect, test } from "@playwright/test";
import { connect } from "node:net";

test.describe("public pages on seed data", () => {
  test("home page shows the latest issue by section and a search box, in Korean", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(
      page.getByRole("link", { name: "인천 경제산업 Issue & Trend 2024년 4월호" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ⅲ 국내 정책동향" })).toBeVisible();
    await expect(
      page.getByRole("link", { name: "인천의 K-디지털 트레이닝 현황과 성과" }).first(),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "14일 안에 마감하는 지원사업" })).toBeVisible();
  });

  test("searching 스마트팩토리 from the header lists the smart-factory courses", async ({
    page,
  }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "포털 전체 검색" });
    await box.fill("스마트팩토리");
    await box.press("Enter");
    await expect(page).toHaveURL(
      /\/search\?q=%EC%8A%A4%EB%A7%88%ED%8A%B8%ED%8C%A9%ED%86%A0%EB%A6%AC/,
    );
    await expect(
      page.getByRole("link", { name: "스마트팩토리 구축 최적화 과정(NCS)" }),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: "스마트팩토리 운영·관리 실무 과정" }),
    ).toBeVisible();
    await expect(page.getByText("검색 엔진에 잠시 연결할 수 없어")).toHaveCount(0);
  });

  test(
    "a course page shows its facts, the sample badge and the programs that pay for it",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/courses");
      await expect(page.getByRole("heading", { name: /훈련과정 15개/ })).toBeVisible();
      await page.getByRole("searchbox", { name: "훈련과정 검색" }).fill("ICT융합");
      await page.getByRole("searchbox", { name: "훈련과정 검색" }).press("Enter");
      // The course is on the first page of the whole list too: click it in the search's results,
      // not in the list they replace.
      await expect(
        page.getByRole("heading", { name: /‘ICT융합’ 검색 결과\s*1\s*개/ }),
      ).toBeVisible();
      await page
        .getByRole("link", { name: "ICT융합(자바/파이썬/C++/IOT) 스마트팩토리 전문가 과정" })
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "ICT융합(자바/파이썬/C++/IOT) 스마트팩토리 전문가 과정",
      );
      await expect(page.getByText("예시", { exact: true }).first()).toBeVisible();
      await expect(page.getByText("정원 25명 중 23명 참여 (정원충족률 92%)")).toBeVisible();
      await expect(page.getByText("자부담 무료")).toBeVisible();
      await page.getByRole("link", { name: "국민내일배움카드" }).click();
      await expect(page).toHaveURL(/\/programs\/national-learning-card$/);
      // The course page left behind stays in the document, hidden (Next keeps it for Back).
      await expect(
        page.getByText("500만 원", { exact: true }).filter({ visible: true }),
      ).toBeVisible();
    },
  );

  test(
    "a program links to its article and the article links back",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/programs/youth-monthly-rent");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("청년월세 특별지원");
      await expect(page.getByText("2024년 4월 12일 ~ 2025년 2월 25일")).toBeVisible();
      await expect(page.getByText("240만 원", { exact: true })).toBeVisible();
      await page.getByRole("region", { name: "관련 기사" }).getByRole("link").click();
      await expect(page).toHaveURL(/\/issues\/2024-04\/youth-monthly-rent$/);
      await page.getByRole("link", { name: "청년월세 특별지원" }).click();
      await expect(page).toHaveURL(/\/programs\/youth-monthly-rent$/);
    },
  );

  test(
    "the K-디지털 트레이닝 article shows 표 3 as a table and the 그림 1 data",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/issues/2024-04/k-digital-training-incheon");
      await expect(
        page.getByText("〔표 3〕 2023년 분야별 인천지역 K-디지털 트레이닝 교육훈련 과정 현황"),
      ).toBeVisible();
      const table3 = page.getByRole("table").filter({ hasText: "정원충족률" });
      await expect(table3).toContainText("17,231");
      await expect(table3).toContainText("1,118");
      await expect(
        page.getByRole("figure").filter({ hasText: "〔그림 1〕" }).first(),
      ).toContainText("70");
      await expect(page.locator("section.footnotes li").first()).toBeVisible();
    },
  );

  test("unknown ids and slugs give the 404 page", { tag: "@phone" }, async ({ page }) => {
    for (const url of [
      "/courses/no-such-course",
      "/programs/nope",
      "/issues/1999-01",
      "/issues/2024-04/nope",
    ]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "찾으시는 페이지가 없습니다" })).toBeVisible();
    }
  });

  test("malformed page parameters are ignored, not errors", { tag: "@phone" }, async ({ page }) => {
    const response = await page.goto("/courses?page=abc&q=" + "가".repeat(300));
    expect(response?.status()).toBe(200);
    await expect(
      page.getByRole("heading", { name: "훈련과정", exact: true, level: 1 }),
    ).toBeVisible();
  });
});

test.describe("JSON APIs", { tag: "@server" }, () => {
  test("search answers with typed hits and rejects bad parameters with 400", async ({
    request,
  }) => {
    const ok = await request.get("/api/search", { params: { q: "청년", index: "programs" } });
    expect(ok.status()).toBe(200);
    // A shared cache must not hand one resident's results to the next after an edit.
    expect(ok.headers()["cache-control"]).toBe("no-store");
    const body = await ok.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits[0]).toMatchObject({
      type: "program",
      url: expect.stringMatching(/^\/programs\//),
    });

    for (const [params, message] of [
      [{ q: "x", pageSize: "51" }, "pageSize: must be at most 50"],
      [{ q: "x", index: "users" }, "index: must be one of: all, courses, programs, articles"],
      [{ q: "x", filter: "status = draft" }, "unknown parameter: filter"],
    ] as const) {
      const bad = await request.get("/api/search", { params });
      expect(bad.status()).toBe(400);
      expect(await bad.json()).toEqual({ error: message });
    }
  });

  test("a request target the URL parser rejects does not take the server down", async ({
    baseURL,
    request,
  }) => {
    const { hostname, port } = new URL(baseURL!);
    const statusLine = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write("GET http://[bad/api/search HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
      );
      let received = "";
      socket.on("data", (chunk) => (received += chunk));
      socket.on("close", () => resolve(received.split("\r\n")[0] ?? ""));
      socket.on("error", reject);
    });
    expect(statusLine).toMatch(/^HTTP\/1\.1 [1-4]\d\d /);
    expect((await request.get("/api/search", { params: { q: "AI" } })).status()).toBe(200);
  });

  test("health reports the database and search as ok", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ db: "ok", search: "ok" });
  });
});

test("every response carries the security headers", { tag: "@server" }, async ({ request }) => {
  for (const url of [
    "/",
    "/courses",
    "/api/health",
    "/api/search?q=AI",
    "/api/search?q=x&pageSize=51",
    "/feed.xml",
    "/no-such-page",
  ]) {
    const headers = (await request.get(url)).headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], url).toContain("camera=()");
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(headers["x-powered-by"], url).toBeUndefined();
  }
});
