import { expect, test } from "@playwright/test";

// Small things residents hit on phones (issue 16, item 11).

test("Esc closes the header suggestions and keeps what was typed, even as later ones arrive", async ({
  page,
}) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "포털 전체 검색" });
  const listbox = page.getByRole("listbox", { name: "추천 검색 결과" });
  await box.pressSequentially("청년", { delay: 40 });
  await expect(page.getByRole("option").first()).toBeVisible();
  // The suggestions for the whole word arrive only after the resident has pressed Esc.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const isLast = (url: URL) =>
    url.pathname === "/api/search" && url.searchParams.get("q") === "청년월세";
  const late = { type: "course", id: "late", title: "늦게 온 추천", url: "/courses/late" };
  await page.route(isLast, async (route) => {
    await held;
    await route.fulfill({ json: { hits: [late] } });
  });
  const asked = page.waitForRequest((request) => isLast(new URL(request.url())));
  await box.pressSequentially("월세", { delay: 40 });
  await asked;
  await box.press("Escape");
  await expect(listbox).toBeHidden();
  release();
  // They are in the list now, which stays closed.
  await expect(
    page.getByRole("option", { name: /늦게 온 추천/, includeHidden: true }),
  ).toBeAttached();
  await expect(listbox).toBeHidden();
  await expect(box).toHaveValue("청년월세");
});

test("footnotes have a Korean heading and back links at least 24 px to tap", async ({ page }) => {
  await page.goto("/issues/2024-04/k-digital-training-incheon");
  const footnotes = page.locator("section[data-footnotes]");
  await expect(footnotes.getByRole("heading", { name: "각주" })).toBeVisible();
  const back = footnotes.getByRole("link", { name: /본문의 1번 각주 위치로 돌아가기/ });
  await expect(back).toBeVisible();
  const box = (await back.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
});

test("a topic badge is as wide as its text, not the row", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/issues/2024-04");
  const badge = page.locator("main li span.badge").first();
  const row = page.locator("main li").first();
  const [badgeBox, rowBox] = [(await badge.boundingBox())!, (await row.boundingBox())!];
  expect(badgeBox.width).toBeLessThan(rowBox.width / 2);
});

test("참고 자료 links are at least 24 px tall", async ({ page }) => {
  await page.goto("/issues/2024-04/youth-monthly-rent");
  const links = page.getByRole("region", { name: "참고 자료" }).getByRole("link");
  await expect(links.first()).toBeVisible();
  for (const link of await links.all())
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
});

test("the home page has one search box, and what is open comes before the latest issue", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/");
  await expect(page.locator('input[type="search"]')).toHaveCount(1);
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.findIndex((h) => h.includes("지금 신청할 수 있는 훈련과정"))).toBeLessThan(
    headings.findIndex((h) => h.includes("최신호")),
  );
});

test(
  "a catalog search can be followed: its feed and deadline calendar carry the same search",
  { tag: "@phone" },
  async ({ page, request }) => {
    await page.goto(`/programs?category=${encodeURIComponent("주거")}`);
    await page.getByText("이 검색 구독하기").click();
    const feed = page.getByRole("link", { name: "새 지원사업 피드 (Atom)" });
    await expect(feed).toHaveAttribute(
      "href",
      `/programs/feed.xml?category=${encodeURIComponent("주거")}`,
    );
    const answer = await request.get((await feed.getAttribute("href"))!);
    expect(answer.headers()["content-type"]).toContain("application/atom+xml");
    expect(await answer.text()).toContain("청년월세 특별지원");
    const calendar = page.getByRole("link", { name: "마감일 달력 (.ics)" });
    expect((await request.get((await calendar.getAttribute("href"))!)).status()).toBe(200);
    expect((await request.get("/courses/feed.xml?colour=red")).status()).toBe(400);
  },
);

test(
  "at a tablet's width the header's search button is on the screen",
  { tag: "@phone" },
  async ({ page }) => {
    for (const width of [768, 820]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/courses");
      const button = page.getByRole("banner").getByRole("button", { name: "검색" });
      const box = (await button.boundingBox())!;
      expect(box.x + box.width, `${width} px`).toBeLessThanOrEqual(width);
    }
  },
);

test("a compare link whose courses are all gone says so, once, not that none were chosen", async ({
  page,
}) => {
  await page.goto("/courses/compare?ids=gone-course-1,gone-course-2");
  await expect(page.getByText("담아 둔 과정 2개를 찾을 수 없습니다")).toBeVisible();
  await expect(page.getByText("고르지 않았습니다")).toHaveCount(0);
  await expect(page.getByText("빼고 보여 드립니다")).toHaveCount(0);
});
