import { expect, test, type Locator, type Page } from "@playwright/test";
import { addDays, daysBetween, todayInSeoul } from "../lib/dates/dates";
import { expectNoAxeViolations } from "./support/axe";
import { answerNextDialog } from "./support/dialogs";
import { fixtureDay } from "./support/fixture-day";
import { isMobile, openFilters, showResults } from "./support/filters";

/** The catalog searched ‘파이썬’ as typed, the box still focused and holding every letter. */
async function expectTypedPython(page: Page, box: Locator) {
  await expect(page).toHaveURL(/\/courses\?q=%ED%8C%8C%EC%9D%B4%EC%8D%AC$/);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("파이썬");
  await expect(page.getByRole("heading", { name: /‘파이썬’ 검색 결과/ })).toBeVisible();
}

/** From /courses, the VR/AR 콘텐츠 개발 facet ticked (and the phone's sheet closed on its results). */
async function filterCoursesByVrField(page: Page) {
  await page.goto("/courses");
  await openFilters(page);
  await page.getByRole("checkbox", { name: /VR\/AR 콘텐츠 개발/ }).check();
  await expect(page).toHaveURL(/field=VR%2FAR/);
  await showResults(page);
}

async function pickTwoVrCourses(page: Page) {
  for (const title of [
    "VR·AR 3D게임 그래픽디자이너 양성 과정",
    "VR·AR 3D게임 애니메이션 전문가 양성 과정",
  ]) {
    await page.getByRole("checkbox", { name: `${title} 비교에 담기` }).check();
  }
}

// Tests tagged @phone check what no screen changes (search, wording, dates) or a phone's own
// layout, once, on the phone; @desk ones a wide screen's own layout.
test.describe("course catalog", () => {
  test(
    "주말 or 평일 typed in the box filters, shown as a chip that takes the word away",
    { tag: "@phone" },
    async ({ page }) => {
      const weekendCourse = page
        .getByRole("link", { name: /시험용 클라우드 데이터 엔지니어 과정/ })
        .filter({ visible: true });
      await page.goto(`/courses?q=${encodeURIComponent("주말 클라우드")}`);
      await expect(weekendCourse.first()).toBeVisible();
      await page.goto(`/courses?q=${encodeURIComponent("평일 클라우드")}`);
      await expect(page.getByRole("heading", { name: /‘평일 클라우드’ 검색 결과/ })).toBeVisible();
      await expect(weekendCourse).toHaveCount(0);
      await page.getByRole("link", { name: "주중 (검색어) 필터 해제" }).click();
      await expect(page).toHaveURL(/\/courses\?q=%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C$/);
      await expect(weekendCourse.first()).toBeVisible();
    },
  );

  test("주말 typed in the header's search leads to the course catalog with that filter", async ({
    page,
  }) => {
    await page.goto("/");
    const header = page.getByRole("combobox", { name: "포털 전체 검색" });
    await header.fill("주말 클라우드");
    await header.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await page.getByRole("link", { name: "‘주말’ 조건으로 훈련과정 보기 (1개)" }).click();
    await expect(page).toHaveURL(/\/courses\?q=/);
    await expect(page.getByRole("link", { name: "주말 (검색어) 필터 해제" })).toBeVisible();
    await expect(
      page
        .getByRole("link", { name: /시험용 클라우드 데이터 엔지니어 과정/ })
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
  });

  test("주말 typed in the header's search is offered first as the course catalog's filter", async ({
    page,
  }) => {
    await page.goto("/");
    const header = page.getByRole("combobox", { name: "포털 전체 검색" });
    await header.pressSequentially("주말 클라우드", { delay: 40 });
    const offer = page.getByRole("option", { name: "‘주말’ 조건으로 훈련과정 보기 (1개)" });
    await expect(offer).toBeVisible();
    await header.press("ArrowDown");
    await expect(offer).toHaveAttribute("aria-selected", "true");
    await header.press("Enter");
    await expect(page).toHaveURL(/\/courses\?q=/);
    await expect(page.getByRole("link", { name: "주말 (검색어) 필터 해제" })).toBeVisible();
  });

  test("typing on, after the first keystroke's results arrive, keeps the focus and every letter", async ({
    page,
  }) => {
    await page.goto("/courses");
    const box = page.getByRole("searchbox", { name: "훈련과정 검색" });
    await box.pressSequentially("파");
    await expect(page).toHaveURL(/\/courses\?q=%ED%8C%8C$/);
    await page.keyboard.type("이썬");
    await expectTypedPython(page, box);
  });

  test("typing keeps the focus after the last filter is removed, when the first-loaded catalog shows again", async ({
    page,
  }) => {
    await filterCoursesByVrField(page);
    await page.getByRole("link", { name: "VR/AR 콘텐츠 개발 필터 해제" }).click();
    await expect(page).toHaveURL(/\/courses$/);
    // On a phone the sheet, open when that filter was ticked, is closed.
    if (isMobile(page)) await expect(page.getByRole("button", { name: "결과 보기" })).toBeHidden();
    const box = page.getByRole("searchbox", { name: "훈련과정 검색" });
    await box.pressSequentially("파이썬", { delay: 80 });
    await expectTypedPython(page, box);
  });

  test("a course ticked on the first-loaded catalog stays in the one tray after a search", async ({
    page,
  }) => {
    await page.goto("/courses");
    const first = page.getByRole("checkbox", { name: /비교에 담기$/ }).first();
    const title = (await first.getAttribute("aria-label"))!.replace(/ 비교에 담기$/, "");
    await first.check();
    await expect(page.getByText("비교함 1/4")).toBeVisible();
    await page.getByRole("searchbox", { name: "훈련과정 검색" }).fill("VR");
    await expect(page).toHaveURL(/q=VR/);
    const vr = page.getByRole("checkbox", { name: /^VR·AR 3D게임 .* 비교에 담기$/ });
    await (title.startsWith("VR·AR 3D게임") ? vr.nth(1) : vr.first()).check();
    await expect(page.getByText("비교함 2/4")).toBeVisible();
    await page.getByRole("button", { name: "비교하기" }).click();
    await expect(page).toHaveURL(/\/courses\/compare\?/);
    const table = page.getByRole("region", { name: "과정 비교표" });
    await expect(table.getByRole("columnheader")).toHaveCount(3);
    await expect(table.getByRole("link", { name: title, exact: true })).toBeVisible();
  });

  test("Back to the catalog as it was first loaded shows it unfiltered, and stays there", async ({
    page,
  }) => {
    await filterCoursesByVrField(page);
    await page.getByRole("searchbox", { name: "훈련과정 검색" }).fill("게임");
    await expect(page).toHaveURL(/q=%EA%B2%8C%EC%9E%84/);
    await page.goBack();
    await expect(page).toHaveURL(/\/courses$/);
    await expect(page.getByRole("heading", { name: /^훈련과정 15개/ })).toBeVisible();
  });

  test("offline, typing keeps the catalog on screen and searches once the connection is back", async ({
    page,
    context,
  }) => {
    await page.goto("/courses");
    await expect(page.getByRole("heading", { name: /^훈련과정 15개/ })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole("searchbox", { name: "훈련과정 검색" }).fill("파이썬");
    const notice = page.getByRole("status").filter({ hasText: "인터넷에 연결되어 있지 않아" });
    await expect(notice).toBeVisible();
    await expect(page).toHaveURL(/\/courses$/);
    await expect(page.getByRole("heading", { name: /^훈련과정 15개/ })).toBeVisible();
    await context.setOffline(false);
    await expect(page).toHaveURL(/\/courses\?q=%ED%8C%8C%EC%9D%B4%EC%8D%AC$/);
    await expect(page.getByRole("heading", { name: /‘파이썬’ 검색 결과/ })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test("results follow the query as the resident types, without a reload", async ({ page }) => {
    await page.goto("/courses");
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page
      .getByRole("searchbox", { name: "훈련과정 검색" })
      .pressSequentially("파이썬", { delay: 50 });
    // Only the query: a sort sent along would override relevance.
    await expect(page).toHaveURL(/\/courses\?q=%ED%8C%8C%EC%9D%B4%EC%8D%AC$/);
    await expect(page.getByRole("heading", { name: /‘파이썬’ 검색 결과/ })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "정렬" })).toHaveValue("");
    await expect(page.getByRole("combobox", { name: "정렬" }).locator("option:checked")).toHaveText(
      "관련도순",
    );
    await expect(page.getByRole("link", { name: /파이썬 AI 서비스 개발/ }).first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(
      true,
    );
  });

  test("a screen reader hears the count after the first search and after 다음, which leads to the results", async ({
    page,
  }) => {
    // The layout's one live region: the first search shows another route's catalog, whose own
    // region would arrive already filled and go unread.
    const announced = page.locator('p.sr-only[aria-live="polite"]');
    await page.goto("/courses");
    await expect(announced).toHaveText("");
    await page
      .getByRole("searchbox", { name: "훈련과정 검색" })
      .pressSequentially("파이썬", { delay: 50 });
    await expect(announced).toHaveText(/^‘파이썬’ 검색 결과 \d+개$/);

    await page.goto("/courses");
    await page.getByRole("link", { name: "다음" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("heading", { name: /^훈련과정 \d+개/ })).toBeFocused();
    await expect(announced).toHaveText(/^훈련과정 \d+개, 2페이지 중 2페이지$/);
    await page.getByRole("link", { name: "이전" }).click();
    await expect(page.getByRole("heading", { name: /^훈련과정 \d+개/ })).toBeFocused();
    await expect(announced).toHaveText(/^훈련과정 \d+개\s?$/);
  });

  test(
    "stepping through the sort with the arrow keys searches once, where it rests",
    {
      tag: "@desk",
    },
    async ({ page }) => {
      await page.goto("/courses");
      // The results asked for: navigations, not the prefetches of the table's sort links.
      const asked: string[] = [];
      page.on("request", (request) => {
        const headers = request.headers();
        if (headers["rsc"] && !headers["next-router-prefetch"] && request.url().includes("sort="))
          asked.push(request.url());
      });
      const entries = await page.evaluate(() => history.length);
      const sort = page.getByRole("combobox", { name: "정렬" });
      await sort.focus();
      for (let step = 0; step < 3; step++) await page.keyboard.press("ArrowDown");
      const chosen = await sort.inputValue();
      await expect(page).toHaveURL(new RegExp(`sort=${chosen}$`));
      await expect(sort).toBeFocused();
      // One search, and one step for Back to undo, not one per key.
      expect(asked).toHaveLength(1);
      expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    },
  );

  test("with no view chosen, the 카드/표 toggle marks the view this screen shows", async ({
    page,
  }) => {
    await page.goto("/courses");
    const [shown, other] = isMobile(page) ? ["카드", "표"] : ["표", "카드"];
    const toggle = page.getByRole("navigation", { name: "보기 방식" });
    await expect(toggle.getByRole("link", { name: shown, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(toggle.getByRole("link", { name: other, exact: true })).not.toHaveAttribute(
      "aria-current",
    );
    await toggle.getByRole("link", { name: other, exact: true }).click();
    await expect(toggle.getByRole("link", { name: other, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  test("a facet narrows the results, shows as a chip, and the chip removes it", async ({
    page,
  }) => {
    await filterCoursesByVrField(page);
    await expect(page.getByRole("heading", { name: /훈련과정 2개/ })).toBeVisible();
    await page.getByRole("link", { name: "VR/AR 콘텐츠 개발 필터 해제" }).click();
    await expect(page).not.toHaveURL(/field=/);
    await expect(page.getByRole("heading", { name: /훈련과정 15개/ })).toBeVisible();
    // The removed filter stays removed when the resident then changes another one.
    await openFilters(page);
    await expect(page.getByRole("checkbox", { name: /VR\/AR 콘텐츠 개발/ })).not.toBeChecked();
    // Every seeded course takes the card: the panel says so rather than offer a filter that
    // narrows nothing.
    await expect(page.getByRole("checkbox", { name: /내일배움카드 사용 가능/ })).toHaveCount(0);
    await expect(
      page.getByText("여기 나온 과정은 모두 내일배움카드로 수강할 수 있습니다.").first(),
    ).toBeVisible();
    await page.getByRole("checkbox", { name: /종료/ }).check();
    await expect(page).toHaveURL(/status=ended/);
    await expect(page).not.toHaveURL(/field=/);
  });

  test("a range is typed under its own label, filters the results and shows as a chip", async ({
    page,
  }) => {
    await page.goto("/courses");
    await openFilters(page);
    await page.getByRole("spinbutton", { name: "최소 훈련시간" }).fill("900");
    await expect(page).toHaveURL(/hoursMin=900/);
    await showResults(page);
    await expect(page.getByRole("link", { name: "900시간 이상 필터 해제" })).toBeVisible();
    // Of the fifteen, the 700-, 800- and 880-hour courses drop out.
    await expect(page.getByRole("heading", { name: /^훈련과정 12개/ })).toBeVisible();
    await expect(
      page.getByRole("link", { name: /스마트팩토리 구축 최적화 과정\(NCS\)/ }),
    ).toHaveCount(0);
  });

  test(
    "recruitment status is derived from today: the course starting in three weeks is 모집중",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/courses?status=recruiting");
      await expect(page.getByRole("heading", { name: /훈련과정 1개/ })).toBeVisible();
      await expect(
        page.getByRole("link", { name: /시험용 클라우드 데이터 엔지니어 과정/ }).first(),
      ).toBeVisible();
    },
  );

  test(
    "on a phone the filter sheet is a dialog: focus moves in and stays, Escape or 닫기 closes it",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/courses?status=ended");
      // A button whose spoken name counts the filters in force, as the badge on it shows, and
      // which says whether the sheet is open.
      const toggle = page.getByRole("button", { name: /^필터\s*1\s*개 적용$/ });
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await openFilters(page);
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      // The open dialog says as much: its name counts them too.
      await expect(page.getByRole("dialog", { name: "필터 1개 적용" })).toBeVisible();
      const sheet = page.getByRole("dialog", { name: "필터" });
      const close = sheet.getByRole("button", { name: "닫기" });
      const submit = sheet.getByRole("button", { name: "결과 보기" });
      await expect(close).toBeFocused();
      // Tab runs round the sheet, never onto the page behind it.
      await submit.focus();
      await page.keyboard.press("Tab");
      await expect(close).toBeFocused();
      await page.keyboard.press("Shift+Tab");
      await expect(submit).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(sheet).toBeHidden();
      await expect(toggle).toBeFocused();
      // From the keyboard alone: Space opens it, Enter on 닫기 closes it.
      await page.keyboard.press("Space");
      await expect(close).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(sheet).toBeHidden();
      await expect(toggle).toBeFocused();
      await expect(page).toHaveURL(/\/courses\?status=ended$/);
      // A filter ticked in the first-loaded catalog's sheet shows the filtered catalog's sheet,
      // open and still a dialog.
      await page.goto("/courses");
      await openFilters(page);
      await page
        .getByRole("dialog", { name: "필터" })
        .getByRole("checkbox", { name: /종료/ })
        .check();
      await expect(page).toHaveURL(/status=ended/);
      await expect(page.getByRole("dialog", { name: "필터" })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog", { name: "필터" })).toBeHidden();
    },
  );

  test(
    "no results offer to drop the narrowest filter and show near matches",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto(
        "/courses?q=%ED%8C%8C%EC%9D%B4%EC%8D%AC&district=%EA%B0%95%ED%99%94%EA%B5%B0",
      );
      await expect(page.getByText("조건에 맞는 과정이 없습니다.")).toBeVisible();
      await page.getByRole("link", { name: /‘강화군’ 조건을 빼고 보기/ }).click();
      await expect(page).not.toHaveURL(/district=/);
      await expect(page.getByRole("heading", { name: /‘파이썬’ 검색 결과/ })).toBeVisible();
    },
  );

  test(
    "a mistyped query is offered back as what the resident meant",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/courses?q=vkdlTjs");
      await expect(page.getByText("조건에 맞는 과정이 없습니다.")).toBeVisible();
      await page.getByRole("link", { name: /‘파이썬’으로 찾기 \(\d+개\)/ }).click();
      await expect(page).toHaveURL(/\/courses\?q=%ED%8C%8C%EC%9D%B4%EC%8D%AC$/);
      await expect(page.getByRole("heading", { name: /‘파이썬’ 검색 결과/ })).toBeVisible();
      // One wrong syllable, which Meilisearch alone cannot match, is offered back corrected.
      await page.goto("/courses?q=%ED%92%80%EC%8A%A4%ED%85%8D");
      await page.getByRole("link", { name: /‘풀스택’으로 찾기 \(1개\)/ }).click();
      await expect(page.getByRole("link", { name: /자바 풀스택 AI 개발/ }).first()).toBeVisible();
      // Real English is not rewritten: no hint for a word that spells no Hangul.
      await page.goto("/courses?q=kotlin");
      await expect(page.getByText("조건에 맞는 과정이 없습니다.")).toBeVisible();
      await expect(page.getByText("한/영 전환")).toHaveCount(0);
    },
  );

  test("two courses go side by side on the compare page", async ({ page }) => {
    await page.goto("/courses?view=cards&q=VR");
    await pickTwoVrCourses(page);
    await expect(page.getByText("비교함 2/4")).toBeVisible();
    await page.getByRole("button", { name: "비교하기" }).click();
    await expect(page).toHaveURL(/\/courses\/compare\?/);
    const table = page.getByRole("region", { name: "과정 비교표" });
    await expect(
      table.getByRole("link", { name: "VR·AR 3D게임 그래픽디자이너 양성 과정", exact: true }),
    ).toBeVisible();
    await expect(
      table.getByRole("link", { name: "VR·AR 3D게임 애니메이션 전문가 양성 과정", exact: true }),
    ).toBeVisible();
    await expect(table.getByRole("rowheader", { name: /^자부담/ })).toBeVisible();
  });

  test("the compare tray keeps its courses across searches and works from the table", async ({
    page,
  }) => {
    await page.goto("/courses?view=table&q=VR");
    // Each row is headed by its course, so a figure read alone says whose it is.
    await expect(
      page
        .getByRole("table", { name: /훈련과정 목록/ })
        .getByRole("rowheader", { name: /VR·AR 3D게임 그래픽디자이너 양성 과정/ }),
    ).toBeVisible();
    const vr = page.getByRole("checkbox", {
      name: "VR·AR 3D게임 그래픽디자이너 양성 과정 비교에 담기",
    });
    await vr.check();
    await expect(page.getByText("비교함 1/4")).toBeVisible();
    const box = page.getByRole("searchbox", { name: "훈련과정 검색" });
    await box.fill("파이썬");
    await expect(page).toHaveURL(/q=%ED%8C%8C%EC%9D%B4%EC%8D%AC/);
    await page
      .getByRole("checkbox", { name: /파이썬 AI 서비스 개발.*비교에 담기/ })
      .first()
      .check();
    await expect(page.getByText("비교함 2/4")).toBeVisible();
    // Back to the first search without a reload: the course picked there is still ticked.
    await box.fill("VR");
    await expect(page).toHaveURL(/q=VR/);
    await expect(vr).toBeChecked();
    await page.getByRole("button", { name: "비교하기" }).click();
    await expect(page).toHaveURL(/\/courses\/compare\?/);
    const table = page.getByRole("region", { name: "과정 비교표" });
    await expect(table.getByRole("columnheader")).toHaveCount(3);
    await expect(
      table.getByRole("link", { name: "VR·AR 3D게임 그래픽디자이너 양성 과정", exact: true }),
    ).toBeVisible();
    await expect(table.getByRole("link", { name: /파이썬 AI 서비스 개발/ }).first()).toBeVisible();
  });

  test("the tray refuses a fifth course and says why", async ({ page }) => {
    await page.goto("/courses?view=table");
    const boxes = page.getByRole("checkbox", { name: /비교에 담기$/ });
    for (let i = 0; i < 4; i++) await boxes.nth(i).check();
    await expect(page.getByText("비교함 4/4")).toBeVisible();
    await boxes.nth(4).click();
    await expect(page.getByText("최대 4개까지 비교할 수 있습니다.")).toBeVisible();
    await expect(boxes.nth(4)).not.toBeChecked();
    await expect(page.getByText("비교함 4/4")).toBeVisible();
  });

  test("with an empty tray, 담은 과정 비교 above the list says why where it can be seen", async ({
    page,
  }) => {
    await page.goto("/courses");
    await page.getByRole("button", { name: "담은 과정 비교" }).click();
    await expect(page.getByText("비교할 과정을 먼저 담아 주세요.")).toBeInViewport();
  });

  test("a fifth course added from its page asks before the oldest makes room", async ({ page }) => {
    const ids = ["kdt2023-it-01", "kdt2023-it-02", "kdt2023-it-03", "kdt2023-it-04"];
    for (const id of ids) {
      await page.goto(`/courses/${id}`);
      await page.getByRole("link", { name: "비교에 담기" }).click();
      await expect(page).toHaveURL(new RegExp(`ids=[^&]*${id}`));
    }
    await page.goto("/courses/kdt2023-it-05");
    const kept = answerNextDialog(page, "dismiss");
    await page.getByRole("link", { name: "비교에 담기" }).click();
    await expect.poll(() => kept.message).toContain("가장 먼저 담은 과정을 빼고");
    await expect(page).toHaveURL(/\/courses\/kdt2023-it-05$/);
    answerNextDialog(page, "accept");
    await page.getByRole("link", { name: "비교에 담기" }).click();
    await expect(page).toHaveURL(
      /ids=kdt2023-it-02%2Ckdt2023-it-03%2Ckdt2023-it-04%2Ckdt2023-it-05|ids=kdt2023-it-02,kdt2023-it-03,kdt2023-it-04,kdt2023-it-05/,
    );
  });

  test("the compare page keeps four courses and says so", async ({ page }) => {
    const ids = [
      "kdt2023-it-01",
      "kdt2023-it-02",
      "kdt2023-it-03",
      "kdt2023-it-04",
      "kdt2023-it-05",
    ];
    await page.goto(`/courses/compare?ids=${ids.join(",")}`);
    await expect(page.getByText("한 번에 4개까지 비교할 수 있어")).toBeVisible();
    await expect(
      page.getByRole("region", { name: "과정 비교표" }).getByRole("columnheader"),
    ).toHaveCount(5);
  });

  test("a comparison shows every course, marks differences, and a course can be added, removed and applied to", async ({
    page,
  }) => {
    // Added from the courses' own pages, one after the other.
    for (const id of ["kdt2023-it-01", "kdt2023-it-02", "kdt2023-it-03"]) {
      await page.goto(`/courses/${id}`);
      await page.getByRole("link", { name: "비교에 담기" }).click();
      await expect(page).toHaveURL(/\/courses\/compare\?ids=/);
    }
    const table = page.getByRole("region", { name: "과정 비교표" }).filter({ visible: true });
    await expect(table.getByRole("columnheader")).toHaveCount(4);
    await expect(page.getByText("과정 3개를 비교합니다.").filter({ visible: true })).toBeVisible();
    // Every course can be reached: the table scrolls sideways inside its region on a phone.
    for (const header of await table.getByRole("columnheader").all()) {
      await header.scrollIntoViewIfNeeded();
      await expect(header).toBeInViewport();
    }
    // Rows where the courses differ say so; the first column names it.
    await expect(table.getByRole("rowheader", { name: /^훈련기간\s*다름$/ })).toBeVisible();
    // Each course links to its application on 고용24, in a row of its own: a column is headed
    // by its course's title alone, as a screen reader repeats the header with every cell.
    await expect(table.getByRole("link", { name: /^고용24에서 (신청|찾기)\s*:/ })).toHaveCount(3);
    await expect(table.getByRole("columnheader").nth(1)).toHaveAccessibleName(/^[^:]+(예시)?$/);
    await expect(
      table.getByRole("row", { name: /^신청·빼기/ }).getByRole("link", { name: /^빼기\s*:/ }),
    ).toHaveCount(3);

    await table
      .getByRole("link", { name: /^빼기\s*:/ })
      .first()
      .click();
    await expect(page).toHaveURL(/ids=kdt2023-it-02%2Ckdt2023-it-03$/);
    await expect(
      page
        .getByRole("region", { name: "과정 비교표" })
        .filter({ visible: true })
        .getByRole("columnheader"),
    ).toHaveCount(3);
    // The tray remembers the removal: adding another course keeps the other two.
    await page.goto("/courses/kdt2023-it-04");
    await page.getByRole("link", { name: "비교에 담기" }).click();
    await expect(page).toHaveURL(/ids=kdt2023-it-02%2Ckdt2023-it-03%2Ckdt2023-it-04$/);
  });

  test("a 취업률 order over courses without a published rate says why it orders nothing", async ({
    page,
  }) => {
    await page.goto("/courses?sort=-employment");
    const note = page.getByRole("note").filter({ hasText: "취업률순으로 줄 세울 수 없습니다" });
    await expect(note.first()).toBeVisible();
    await page.goto("/courses?sort=start");
    await expect(page.getByRole("heading", { name: /^훈련과정 \d+개/ })).toBeVisible();
    await expect(note).toHaveCount(0);
  });

  test(
    "on wide screens the table sorts by a column through the URL",
    { tag: "@desk" },
    async ({ page }) => {
      await page.goto("/courses");
      await page
        .getByRole("columnheader", { name: /훈련시간/ })
        .getByRole("link")
        .click();
      await expect(page).toHaveURL(/sort=hours/);
      const firstRow = page.getByRole("row").nth(1);
      await expect(firstRow).toContainText("700시간");
      // The sort menu follows the header, so the next filter keeps this order.
      await page.getByRole("checkbox", { name: /종료/ }).check();
      await expect(page).toHaveURL(/status=ended/);
      await expect(page).toHaveURL(/sort=hours/);
    },
  );
});

test.describe("programs", () => {
  test(
    "an open program shows its D-day, and 캘린더에 추가 downloads its deadline",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/programs");
      await openFilters(page);
      await page.getByRole("checkbox", { name: /접수중/ }).check();
      await expect(page).toHaveURL(/status=open/);
      await showResults(page);
      await expect(page.getByRole("heading", { name: /지원사업 1개/ })).toBeVisible();
      // The fixture closes ten days after the run began; past Seoul's midnight that is D-9.
      const daysLeft = daysBetween(todayInSeoul(), addDays(fixtureDay(), 10));
      await expect(page.getByText(`D-${daysLeft}`).first()).toBeVisible();
      await page.getByRole("link", { name: "시험용 청년 창업 공간 지원" }).click();
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: "캘린더에 추가 (마감일)" }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe("e2e-open-program-deadline.ics");
      const { readFile } = await import("node:fs/promises");
      const ics = await readFile((await download.path())!, "utf8");
      expect(ics).toContain("SUMMARY:[신청 마감] 시험용 청년 창업 공간 지원");
    },
  );

  test("a long facet folds its rarest values behind 더 보기, and they still filter", async ({
    page,
  }) => {
    await page.goto("/programs");
    await openFilters(page);
    const targets = page.getByRole("group", { name: "대상", exact: true });
    await expect(targets.getByRole("checkbox")).toHaveCount(8);
    const more = targets.getByText(/^\d+개 더 보기$/);
    const folded = Number((await more.textContent())!.match(/\d+/)![0]);
    await more.click();
    await expect(targets.getByRole("checkbox")).toHaveCount(8 + folded);
    const rarest = targets.getByRole("checkbox").last();
    await rarest.check();
    await expect(page).toHaveURL(/target=/);
    // The ticked value stays where it was, in the open fold, with the keyboard focus on it.
    await expect(rarest).toBeChecked();
    await expect(rarest).toBeVisible();
    await expect(rarest).toBeFocused();
    await showResults(page);
    await expect(page.getByRole("link", { name: /필터 해제$/ })).toHaveCount(1);
  });

  test(
    "the home page lists programs closing within 14 days and courses open now",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/");
      const section = (title: string) =>
        page.locator("section").filter({ has: page.getByRole("heading", { name: title }) });
      const closing = section("14일 안에 마감하는 지원사업");
      await expect(closing.getByRole("link", { name: "시험용 청년 창업 공간 지원" })).toBeVisible();
      // The bulletin's programs closed in 2024 and 2025; 상시 ones have no deadline to near.
      await expect(closing.getByRole("link", { name: "청년월세 특별지원" })).toHaveCount(0);
      await expect(closing.getByRole("link", { name: "국민내일배움카드" })).toHaveCount(0);
      const open = section("지금 신청할 수 있는 훈련과정");
      await expect(
        open.getByRole("link", { name: /시험용 클라우드 데이터 엔지니어 과정/ }),
      ).toBeVisible();
      await expect(open.getByRole("link", { name: /스마트팩토리 구축 최적화 과정/ })).toHaveCount(
        0,
      );
    },
  );

  test("신청 가능 지역 offers 전국, 인천 전역 and every 군·구; a 군·구 lists what is open to all of 인천 too", async ({
    page,
  }) => {
    await page.goto("/programs");
    await openFilters(page);
    const areas = page.getByRole("group", { name: "신청 가능 지역" });
    await areas.getByText(/^\d+개 더 보기$/).click();
    await expect(areas.getByRole("checkbox")).toHaveCount(13);
    const bupyeong = areas.getByRole("checkbox", { name: /부평구/ });
    // The count beside it is what it lists once chosen.
    const label = areas.locator("label").filter({ hasText: "부평구" });
    const counted = Number(/(\d+)$/.exec((await label.textContent())!.trim())![1]);
    await bupyeong.check();
    await expect(page).toHaveURL(/region=%EB%B6%80%ED%8F%89%EA%B5%AC/);
    await showResults(page);
    await expect(
      page.getByRole("heading", { name: new RegExp(`지원사업 ${counted}개`) }),
    ).toBeVisible();
    // A program open to all of 인천 is one a 부평구 resident may apply to.
    await expect(page.getByRole("link", { name: "시험용 청년 창업 공간 지원" })).toBeVisible();
  });

  test(
    "a search that finds no program offers courses and articles on the same words",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto(`/programs?q=${encodeURIComponent("파이썬")}`);
      await expect(page.getByText("조건에 맞는 지원사업이 없습니다.")).toBeVisible();
      const courses = page.getByRole("region", { name: /‘파이썬’ 관련 훈련과정/ });
      await expect(courses.getByRole("link").first()).toBeVisible();
      await courses.getByRole("link").first().click();
      await expect(page).toHaveURL(/\/courses\/[^/?]+$/);
    },
  );

  test(
    "a link to a page past the results says so and leads to the last page",
    { tag: "@phone" },
    async ({ page }) => {
      // Ten programs fit on one page of twelve.
      await page.goto("/programs?page=150");
      await expect(
        page.getByText("150 페이지는 없습니다. 결과는 1 페이지까지입니다."),
      ).toBeVisible();
      await expect(page.getByText("조건에 맞는 지원사업이 없습니다.")).toHaveCount(0);
      await page.getByRole("link", { name: "마지막 페이지로" }).click();
      await expect(page).not.toHaveURL(/page=150/);
      await expect(page.getByRole("link", { name: /청년월세 특별지원/ }).first()).toBeVisible();
    },
  );

  test(
    "a closed program explains the period and has no calendar button",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/programs/youth-monthly-rent");
      await expect(page.getByText("마감", { exact: true }).first()).toBeVisible();
      await expect(page.getByRole("link", { name: /캘린더에 추가/ })).toHaveCount(0);
    },
  );
});

test.describe("one box for everything", () => {
  test(
    "results are grouped by type with counts, and 더 보기 keeps the query in the catalog",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/search?q=AI");
      await expect(page.getByRole("heading", { name: /^훈련과정 \d+$/ })).toBeVisible();
      await expect(page.locator("mark").first()).toBeVisible();
      await page.getByRole("link", { name: /훈련과정 \d+건 모두 보기/ }).click();
      await expect(page).toHaveURL(/\/courses\?q=AI$/);

      // Articles go on to the bulletin's catalog, the words kept.
      await page.goto(`/search?q=${encodeURIComponent("지원")}`);
      await page.getByRole("link", { name: /기사 \d+건 모두 보기/ }).click();
      await expect(page).toHaveURL(/\/issues\?q=%EC%A7%80%EC%9B%90$/);
      await expect(page.getByRole("heading", { name: /‘지원’ 검색 결과 \d+건/ })).toBeVisible();
    },
  );

  test(
    "a group's 모두 보기 says the count the page it opens lists, and offers the looser matches apart",
    { tag: "@phone" },
    async ({ page }) => {
      // Two words: the catalogs need both, this search also ranks records with one of them.
      let checked = 0;
      for (const q of ["청년 지원", "인천 지원", "디지털 훈련", "청년 월세"]) {
        await page.goto(`/search?q=${encodeURIComponent(q)}`);
        const looser = page.getByRole("link", { name: /^일부 단어만 맞는 .+까지 [\d,]+건 보기$/ });
        if ((await looser.count()) === 0) continue;
        const toCatalog = page.getByRole("link", { name: /^\S+ [\d,]+건 모두 보기$/ });
        const listed = /([\d,]+)건/.exec((await toCatalog.first().textContent())!)![1]!;
        const found = /([\d,]+)건/.exec((await looser.first().textContent())!)![1]!;
        await toCatalog.first().click();
        await expect(page.getByRole("heading", { name: /검색 결과/ }).first()).toContainText(
          new RegExp(`검색 결과 ${listed}(개|건)`),
        );
        await page.goBack();
        await looser.first().click();
        await expect(page).toHaveURL(/index=/);
        await expect(page.getByRole("status").filter({ hasText: "검색 결과" })).toContainText(
          `검색 결과 ${found}건`,
        );
        checked += 1;
        break;
      }
      expect(checked, "a query with looser matches beside the catalog's").toBe(1);
    },
  );

  test(
    "words the course catalog reads as filters lead to it, without a 'nothing matches' beside the link",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent("주말")}`);
      await expect(page.getByRole("link", { name: /‘주말’ 조건으로 훈련과정 보기/ })).toBeVisible();
      await expect(page.getByText("맞는 결과가 없습니다")).toHaveCount(0);
    },
  );

  test(
    "a hit says where its record stands, as the record's page does",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent("청년월세")}`);
      const program = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: "청년월세 특별지원" }) });
      await expect(program.getByText("마감", { exact: true })).toBeVisible();
      await expect(program.getByText("2025년 2월 25일까지", { exact: true })).toBeVisible();

      await page.goto(`/search?q=${encodeURIComponent("스마트팩토리")}`);
      const course = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: /스마트팩토리 구축 최적화 과정/ }) });
      await expect(course.getByText("종료", { exact: true })).toBeVisible();
      await expect(course.getByText("2023년 3월 6일 개강", { exact: true })).toBeVisible();
    },
  );

  test("the header suggests as the resident types and opens the chosen record", async ({
    page,
  }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "포털 전체 검색" });
    await box.pressSequentially("청년월세", { delay: 40 });
    // The article, which can still be read, comes before the program, whose applications closed.
    const article = page.getByRole("option", { name: /^기사 보증금·월세 상한 없앤/ });
    const option = page.getByRole("option", { name: "지원사업 청년월세 특별지원" });
    await expect(option).toBeVisible();
    // A screen reader hears how many there are; Esc closes them and ↓ brings them back.
    await expect(page.getByRole("status").filter({ hasText: /^추천 결과 \d+개/ })).toBeAttached();
    await box.press("Escape");
    await expect(option).toBeHidden();
    await box.press("ArrowDown");
    await expect(article).toHaveAttribute("aria-selected", "true");
    await box.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/programs\/youth-monthly-rent$/);
  });

  test(
    "a search typed in English mode offers the Hangul it spells",
    { tag: "@phone" },
    async ({ page }) => {
      await page.goto("/search?q=cjdsusdnjftp");
      await page.getByRole("link", { name: /‘청년월세’로 찾기/ }).click();
      await expect(page.getByRole("link", { name: /청년월세 특별지원/ }).first()).toBeVisible();
      await page.goto("/programs?q=dnjftp");
      await page.getByRole("link", { name: /‘월세’로 찾기 \(\d+개\)/ }).click();
      await expect(page).toHaveURL(/\/programs\?q=%EC%9B%94%EC%84%B8$/);
    },
  );

  test("초성 finds 스마트팩토리", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/search?q=%E3%85%85%E3%85%81%E3%85%8C%E3%85%8D%E3%85%8C%E3%84%B9");
    await expect(page.getByRole("link", { name: /스마트팩토리 구축 최적화 과정/ })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the catalog still searches and filters through plain forms", async ({ page }) => {
    await page.goto("/courses");
    await page.getByRole("searchbox", { name: "훈련과정 검색" }).fill("로봇");
    await page.getByRole("button", { name: "검색" }).nth(1).click();
    await expect(page).toHaveURL(/\/courses\?q=%EB%A1%9C%EB%B4%87/);
    await expect(
      page.getByRole("link", { name: /스마트팩토리 구축 최적화 과정/ }).first(),
    ).toBeVisible();
  });

  test("courses ticked in the table go to the compare page through the tray's form", async ({
    page,
  }) => {
    await page.goto("/courses?view=table&q=VR");
    await pickTwoVrCourses(page);
    // A keyboard reaches a compare button before the results, not only the tray after them.
    const early = page.getByRole("button", { name: "담은 과정 비교" });
    const firstResult = page.getByRole("checkbox", { name: /비교에 담기$/ }).first();
    expect(
      await early.evaluate(
        (button, result) =>
          Boolean(button.compareDocumentPosition(result!) & Node.DOCUMENT_POSITION_FOLLOWING),
        await firstResult.elementHandle(),
      ),
    ).toBe(true);
    await early.click();
    await expect(page).toHaveURL(/\/courses\/compare\?ids=/);
    await expect(
      page.getByRole("region", { name: "과정 비교표" }).getByRole("columnheader"),
    ).toHaveCount(3);
  });
});

test.describe("accessibility (axe, WCAG 2.2 A/AA)", () => {
  for (const url of [
    "/",
    "/courses",
    "/courses?field=%EC%A0%95%EB%B3%B4%EA%B8%B0%EC%88%A0%EA%B0%9C%EB%B0%9C&view=table",
    "/courses/kdt2023-robot-01",
    "/courses/compare?ids=kdt2023-it-01,kdt2023-it-02",
    "/programs",
    "/programs/youth-monthly-rent",
    "/search?q=%EC%8A%A4%EB%A7%88%ED%8A%B8%ED%8C%A9%ED%86%A0%EB%A6%AC",
    "/courses/no-such-course",
  ]) {
    test(`no violations on ${decodeURIComponent(url)}`, async ({ page }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }

  test("no violations with the phone filter sheet open", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/courses");
    await openFilters(page);
    await expectNoAxeViolations(page);
  });
});
