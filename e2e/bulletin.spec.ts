import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { openFilters, showResults } from "./support/filters";

test.describe("the bulletin", () => {
  test("an issue lists its sections, categories and tags, and prints on one page", async ({
    page,
  }) => {
    await page.goto("/issues/2024-04");
    await expect(page.getByRole("heading", { name: "Ⅲ 국내 정책동향" })).toBeVisible();
    await expect(page.getByRole("link", { name: "#디지털 신기술" }).first()).toBeVisible();
    await page.getByRole("link", { name: "전체 기사 한 페이지로 보기·인쇄" }).click();
    await expect(page).toHaveURL(/\/issues\/2024-04\/all$/);
    await expect(page.getByRole("article")).toHaveCount(11);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
  });

  test(
    "a long article has its contents, charts as SVG with the numbers as a table, and footnotes",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/issues/2024-04/k-digital-training-incheon");
      await expect(page.getByText(/읽는 데 약 \d+분/)).toBeVisible();
      const toc = page.getByRole("navigation", { name: "목차" });
      await expect(toc).toBeVisible();
      // Each heading is named by its words alone: the "#" beside it is for pointers only.
      const first = toc.getByRole("link").first();
      const heading = (await first.textContent())!.trim();
      await first.click();
      await expect(page).toHaveURL(/#/);
      await expect(
        page.getByRole("heading", { level: 2, name: heading, exact: true }),
      ).toBeVisible();
      const figure = page.getByRole("figure").filter({ hasText: "〔그림 1〕" }).first();
      await expect(figure.locator("svg").first()).toBeVisible();
      await expect(figure.getByRole("table")).toContainText("70");
      await expect(page.locator("section[data-footnotes] li").first()).toBeVisible();
    },
  );

  test(
    "on a phone, a reader follows an article to a course and to a program",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/courses/kdt2023-robot-01");
      await page.getByRole("region", { name: "관련 기사" }).getByRole("link").first().click();
      await expect(page).toHaveURL(/\/issues\/2024-04\/k-digital-training-incheon$/);
      await page
        .getByRole("link", { name: "K-디지털 트레이닝(첨단산업·디지털 핵심 실무인재 양성훈련)" })
        .first()
        .click();
      await expect(page).toHaveURL(/\/programs\/k-digital-training$/);
      await page.goBack();
      await page.getByRole("link", { name: "#K-디지털 트레이닝" }).first().click();
      await expect(page).toHaveURL(/\/tags\/K-%EB%94%94/);
      await page
        .getByRole("link", { name: /스마트팩토리 구축 최적화 과정/ })
        .first()
        .click();
      await expect(page).toHaveURL(/\/courses\/kdt2023-robot-01$/);
    },
  );

  test(
    "a tag page lists articles, courses and programs; an unknown tag is a 404",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto(`/tags/${encodeURIComponent("청년")}`);
      await expect(page.getByRole("heading", { name: /^지원사업 \d+$/ })).toBeVisible();
      await expect(
        page.getByRole("link", { name: "청년월세 특별지원", exact: true }),
      ).toBeVisible();
      const missing = await page.goto(`/tags/${encodeURIComponent("없는태그")}`);
      expect(missing?.status()).toBe(404);
    },
  );

  test(
    "a tag with more courses than it shows counts them all and leads on to the catalog",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto(`/tags/${encodeURIComponent("K-디지털 트레이닝")}`);
      const courses = page.getByRole("region", { name: /^훈련과정/ });
      // The seed bulletin has 14 courses under this tag; the page shows the newest 12.
      await expect(courses.getByRole("heading", { level: 2 })).toHaveText("훈련과정 14");
      await expect(courses.getByRole("listitem")).toHaveCount(12);
      await expect(courses.getByText("시작일이 늦은 순으로 12개를 보여 드립니다.")).toBeVisible();
      await courses
        .getByRole("link", { name: "‘K-디지털 트레이닝’ 훈련과정 더 찾아보기 →" })
        .click();
      // The catalog filtered by the tag itself finds exactly the courses counted here.
      await expect(page).toHaveURL(/\/courses\?tag=K-/);
      await expect(page.getByRole("heading", { name: "훈련과정 14개" })).toBeVisible();
      await page.getByRole("link", { name: "#K-디지털 트레이닝 필터 해제" }).click();
      await expect(page).toHaveURL(/\/courses$/);
    },
  );

  test("the bulletin's articles are found by section and by words, and each filter comes off", async ({
    page,
  }) => {
    await page.goto("/issues");
    await expect(
      page.getByRole("link", { name: "인천 경제산업 Issue & Trend 2024년 4월호" }),
    ).toBeVisible();
    // The newest issue's articles in the order it printed them: Ⅰ 이슈, then Ⅱ 주요 산업 현황.
    const titles = page.getByRole("region", { name: /^기사/ }).getByRole("heading", { level: 3 });
    await expect(titles.nth(0)).toHaveText("인천의 K-디지털 트레이닝 현황과 성과");
    await expect(titles.nth(1)).toHaveText("반도체산업 시장 동향");
    await openFilters(page);
    await page.getByRole("group", { name: "분류" }).getByRole("checkbox", { name: /부록/ }).check();
    await expect(page).toHaveURL(/\/issues\?section=appendix$/);
    await showResults(page);
    await expect(page.getByRole("heading", { name: "기사 1건" })).toBeVisible();
    await expect(page.getByRole("link", { name: "주요 산업 수출입지표" })).toBeVisible();
    await page.getByRole("link", { name: "부록 필터 해제" }).click();
    await expect(page).toHaveURL(/\/issues$/);

    // Words in the box search titles, summaries and bodies, newest issue first: one search.
    const searches: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/issues?q=")) searches.push(request.url());
    });
    await page.getByRole("searchbox", { name: "기사 검색" }).fill("월세");
    await expect(page).toHaveURL(/\/issues\?q=%EC%9B%94%EC%84%B8$/);
    await expect(page.getByRole("heading", { name: /‘월세’ 검색 결과 \d+건/ })).toBeVisible();
    await page
      .getByRole("link", { name: /청년월세/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/issues\/2024-04\/youth-monthly-rent$/);
    expect(searches).toHaveLength(1);
  });

  for (const url of [
    "/issues",
    "/issues?section=policy",
    "/issues/2024-04",
    "/issues/2024-04/k-digital-training-incheon",
    "/issues/2024-04/all",
    `/tags/${encodeURIComponent("청년")}`,
  ]) {
    test(`axe finds no violations on ${decodeURIComponent(url)}`, async ({ page }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("feeds and crawlers", () => {
  test(
    "the Atom feed, sitemap and robots.txt list the public pages",
    { tag: "@server" },
    async ({ request }) => {
      const feed = await request.get("/feed.xml");
      expect(feed.headers()["content-type"]).toContain("application/atom+xml");
      const atom = await feed.text();
      expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect(atom.match(/<entry>/g)).toHaveLength(11);
      expect(atom).toMatch(/<link href="http[^"]+\/issues\/2024-04\/youth-monthly-rent"/);
      expect(atom).toMatch(/<published>2024-04-01T00:00:00\.000Z<\/published>/);

      const sitemap = await (await request.get("/sitemap.xml")).text();
      for (const path of [
        "/issues/2024-04/semiconductor-market-trends",
        "/courses/kdt2023-robot-01",
        "/programs/goyang-ollae",
        "/tags/",
      ]) {
        expect(sitemap).toContain(path);
      }
      const robots = await (await request.get("/robots.txt")).text();
      expect(robots).toContain("Disallow: /admin");
      expect(robots).toMatch(/Sitemap: http.+\/sitemap\.xml/);
    },
  );

  test(
    "an article carries its canonical URL, OpenGraph and Article JSON-LD",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/issues/2024-04/youth-monthly-rent");
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        "href",
        /\/issues\/2024-04\/youth-monthly-rent$/,
      );
      await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
      const jsonLd = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').first().textContent())!,
      );
      expect(jsonLd).toMatchObject({
        "@type": "Article",
        headline: expect.stringContaining("청년월세"),
      });
    },
  );

  test(
    "every public page has a title, description, canonical URL and OpenGraph",
    { tag: "@phone" },
    async ({ page }) => {
      for (const url of [
        "/courses",
        "/courses/kdt2023-robot-01",
        "/programs/goyang-ollae",
        "/issues/2024-04",
        `/tags/${encodeURIComponent("청년")}`,
      ]) {
        await page.goto(url);
        await expect(page.locator('meta[name="description"]'), url).toHaveAttribute(
          "content",
          /.+/,
        );
        await expect(page.locator('link[rel="canonical"]'), url).toHaveAttribute("href", /^http/);
        await expect(page.locator('meta[property="og:title"]'), url).toHaveAttribute(
          "content",
          /.+/,
        );
        await expect(page.locator('meta[property="og:locale"]'), url).toHaveAttribute(
          "content",
          "ko_KR",
        );
      }
    },
  );
});
