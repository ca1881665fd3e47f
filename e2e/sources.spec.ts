import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { freePort } from "../lib/search/local-server";
import { startPortal, type PortalServer } from "../scripts/lib/portal-server";
import { startBizinfoStandIn, type BizinfoStandIn } from "../test/stand-ins/bizinfo";
import { e2eAccounts } from "./support/accounts";
import { addE2eFixtures } from "./support/add-fixtures";
import { signIn } from "./support/admin";
import { answerNextDialog } from "./support/dialogs";
import { expectNoAxeViolations } from "./support/axe";

// An admin runs the 기업마당 connector from the workspace against a local stand-in: a dry run, a
// sync, a run the 30 % guard holds until approved, and an editor's change kept as 원천과 다름.
// A portal of its own (with the key set) so the shared portals keep their seed catalog; run once,
// on desktop (@desk), where an admin works.
test.describe.configure({ mode: "serial" });

let root: string;
let standIn: BizinfoStandIn;
let portal: PortalServer;

const notice = (i: number) => ({
  pblancId: `PBLN_E2E${String(i).padStart(8, "0")}`,
  pblancNm: `[인천] 연계시험 판로 지원사업 ${i}호`,
  jrsdInsttNm: "중소벤처기업부",
  trgetNm: "소상공인",
  pldirSportRealmLclasCodeNm: "경영",
  bsnsSumryCn: "<p>온라인 판로 개척 비용을 지원합니다.</p>",
  reqstBeginEndDe: "2026-11-01 ~ 2027-01-31",
  reqstMthPapersCn: "<p>온라인 접수</p>",
  pblancUrl: `/web/lay1/bbs/S1T122C128/AS/74/view.do?pblancId=PBLN_E2E${String(i).padStart(8, "0")}`,
  hashtags: "인천,경영",
});

test.beforeAll(async () => {
  test.setTimeout(180_000);
  root = mkdtempSync(path.join(tmpdir(), "portal-sources-"));
  standIn = await startBizinfoStandIn();
  standIn.notices = Array.from({ length: 30 }, (_, i) => notice(i));
  // As 기업마당 writes a period it leaves to the notice, per sub-programme.
  standIn.notices[3]!.reqstBeginEndDe = "세부사업별 상이";
  const env = {
    DATA_DIR: path.join(root, "data"),
    DEMO_CATALOG: "off",
    SYNC_SCHEDULE: "off",
    BIZINFO_API_URL: standIn.url,
    BIZINFO_API_KEY: "e2e-key",
  };
  portal = await startPortal(env, await freePort(), { logFile: path.join(root, "portal.log") });
  addE2eFixtures(env);
});

test.afterAll(async () => {
  await portal?.stop();
  await standIn?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const bizinfo = (page: Page) => page.getByRole("region", { name: /기업마당/ });

/** A page on this spec's portal (the shared portals are the config's base URL). */
async function portalPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: portal.url, locale: "ko-KR" });
  return context.newPage();
}

test(
  "an admin previews, syncs, approves a held run and takes a source's value back",
  { tag: "@desk" },
  async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await portalPage(browser);
    await signIn(page, e2eAccounts.admin);
    await page.goto(`/admin/sources`);
    await expect(page.getByText("키 설정됨 (BIZINFO_API_KEY)")).toBeVisible();
    await expect(page.getByText(/키 없음 \(WORK24_API_KEY\), 예시 데이터도 꺼져/)).toBeVisible();

    const section = bizinfo(page);
    await section.getByRole("button", { name: "미리 보기 (바꾸지 않음)" }).click();
    await expect(
      section.getByText(/기업마당 미리 보기 \(아무것도 바꾸지 않음\): 추가 30,/),
    ).toBeVisible();
    expect((await page.request.get(`/programs/bizinfo-pbln-e2e00000003`)).status()).toBe(404);

    await section.getByRole("button", { name: "지금 동기화" }).click();
    // A real sync writes every record and its outbox rows; on a loaded CI machine that took over 5 s.
    await expect(section.getByText(/기업마당 동기화 완료: 추가 30,/)).toBeVisible({
      timeout: 20_000,
    });
    await page.goto(`/programs/bizinfo-pbln-e2e00000003`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("연계시험 판로 지원사업 3호");
    await expect(page.getByRole("link", { name: "기업마당 공고문 보기" })).toHaveAttribute(
      "href",
      "https://www.bizinfo.go.kr/web/lay1/bbs/S1T122C128/AS/74/view.do?pblancId=PBLN_E2E00000003",
    );
    // A period only the notice gives is shown as that, not as dates or 상시, and filters as 공고 참조.
    await expect(page.getByText("공고 참조", { exact: true }).first()).toBeVisible();
    await expect(
      page.getByText("세부사업별 상이 · 신청 기간은 공고문에서 확인하세요"),
    ).toBeVisible();
    // A page mapped from the official format meets the same bar as the bulletin's own.
    await expectNoAxeViolations(page);
    await page.goto("/programs?status=notice");
    await expect(page.getByRole("heading", { name: /지원사업 1개/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "연계시험 판로 지원사업 3호" })).toBeVisible();

    // Two thirds gone from the source: the guard holds the run until an admin approves it.
    standIn.notices = standIn.notices.slice(0, 10);
    await page.goto(`/admin/sources`);
    await bizinfo(page).getByRole("button", { name: "지금 동기화" }).click();
    await expect(
      page.getByText(/쓰기 전에 멈췄습니다: 열린 30건 중 20건을 마감하게 됩니다/),
    ).toBeVisible();
    expect((await page.request.get(`/programs/bizinfo-pbln-e2e00000025`)).status()).toBe(200);
    await page.reload();
    await expect(bizinfo(page).getByText("멈춤 (승인 필요)").first()).toBeVisible();
    page.once("dialog", (dialog) => dialog.accept());
    await bizinfo(page).getByRole("button", { name: "검토했으니 승인하고 실행" }).click();
    await expect(
      page.getByText(/기업마당 동기화 완료: 추가 0, 변경 0, 변경 없음 10, 종료 20/),
    ).toBeVisible();
    await page.goto(`/programs/bizinfo-pbln-e2e00000025`);
    await expect(page.getByText("마감", { exact: true }).first()).toBeVisible();

    // An editor's title survives syncs and is marked; taking the source's value ends that.
    await page.goto(`/admin/programs?q=${encodeURIComponent("연계시험 판로 지원사업 4호")}`);
    await page.getByRole("link", { name: "연계시험 판로 지원사업 4호" }).click();
    await page.getByLabel("사업명").fill("편집자가 고친 사업명");
    await page.getByRole("button", { name: "저장" }).click();
    // Only the field the editor changed: saving the form leaves the source's other values alone.
    await expect(page.getByText("원천과 다름", { exact: true })).toHaveCount(1);
    await expect(page.getByText("원천 값: 연계시험 판로 지원사업 4호")).toBeVisible();
    // Its ID is the one the source finds it by, and a deletion would not outlast the next sync:
    // neither is offered, and the page says what to do instead.
    await expect(page.getByLabel("사업 ID")).not.toBeEditable();
    await expect(page.getByRole("button", { name: "지원사업 삭제" })).toHaveCount(0);
    await expect(
      page.getByText("기업마당에서 가져온 지원사업이라 삭제할 수 없습니다."),
    ).toBeVisible();
    // Taking a source's value reloads the form: a change not yet saved is not lost unasked.
    await page.getByLabel("소관기관").fill("저장하지 않은 기관명");
    const kept = answerNextDialog(page, "dismiss");
    await page.getByRole("button", { name: "원천 값으로 바꾸기" }).click();
    expect(kept.message).toContain("저장하지 않은 변경이 있습니다");
    await expect(page.getByLabel("소관기관")).toHaveValue("저장하지 않은 기관명");
    const taken = answerNextDialog(page, "accept");
    await page.getByRole("button", { name: "원천 값으로 바꾸기" }).click();
    expect(taken.message).toContain("저장하지 않은 변경이 있습니다");
    await expect(
      page.getByRole("status").filter({ hasText: "‘제목’을 원천의 값으로 바꿨습니다." }),
    ).toBeVisible();
    // The form shows the value taken, so saving it now cannot put the typed one back.
    await expect(page.getByLabel("사업명")).toHaveValue("연계시험 판로 지원사업 4호");
    await expect(page.getByText("모든 항목이 원천의 값과 같습니다.")).toBeVisible();
  },
);

test("an editor can preview but not sync", { tag: "@desk" }, async ({ browser }) => {
  const page = await portalPage(browser);
  await signIn(page, e2eAccounts.editor);
  await page.goto(`/admin/sources`);
  await expect(page.getByRole("button", { name: "미리 보기 (바꾸지 않음)" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "지금 동기화" })).toHaveCount(0);
});
