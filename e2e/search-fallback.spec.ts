import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, startLocalMeilisearch, type LocalMeilisearch } from "../lib/search/local-server";
import { startPortal, type PortalServer } from "../scripts/lib/portal-server";

// A portal of its own whose Meilisearch the test stops, so the shared one keeps serving the rest.
test.describe.configure({ mode: "serial" });

let root: string;
let meili: LocalMeilisearch;
let portal: PortalServer;

test.beforeAll(async ({}, testInfo) => {
  test.skip(
    testInfo.project.name !== "mobile",
    "one portal is enough; run it on the phone project",
  );
  test.setTimeout(180_000);
  root = mkdtempSync(path.join(tmpdir(), "portal-fallback-"));
  meili = await startLocalMeilisearch({ dataDir: path.join(root, "meili") });
  portal = await startPortal(
    {
      DATA_DIR: path.join(root, "data"),
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.key,
      DEMO_CATALOG: "off",
    },
    await freePort(),
    { logFile: path.join(root, "portal.log") },
  );
  await meili.stop();
});

test.afterAll(async () => {
  await portal?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test("a page that searches many times asks a failing Meilisearch once, then uses the database", async ({
  request,
}) => {
  // An empty result with filters: the page also counts what dropping each filter would find and
  // looks for near matches, eight searches in all, which used to wait for Meilisearch each.
  const response = await request.get(
    `${portal.url}/courses?q=${encodeURIComponent("없는과정이름")}&district=${encodeURIComponent("강화군")}&schedule=weekend`,
  );
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("검색 엔진에 잠시 연결할 수 없어");
  const log = readFileSync(path.join(root, "portal.log"), "utf8");
  expect(log.match(/falling back to the database/g)).toHaveLength(1);
});

test("with Meilisearch stopped, search pages answer from the database and say so", async ({
  page,
}) => {
  const notice = page.getByText(
    "검색 엔진에 잠시 연결할 수 없어 기본 검색으로 결과를 보여 드립니다.",
  );

  let response = await page.goto(`${portal.url}/courses?q=${encodeURIComponent("로봇")}`);
  expect(response?.status()).toBe(200);
  await expect(notice).toBeVisible();
  await expect(
    page.getByRole("link", { name: /스마트팩토리 구축 최적화 과정/ }).first(),
  ).toBeVisible();

  response = await page.goto(
    `${portal.url}/courses?field=${encodeURIComponent("VR/AR 콘텐츠 개발")}`,
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: /훈련과정 2개/ })).toBeVisible();

  response = await page.goto(`${portal.url}/search?q=${encodeURIComponent("스마트팩토리")}`);
  expect(response?.status()).toBe(200);
  await expect(notice).toBeVisible();
  await expect(page.getByRole("link", { name: /스마트팩토리 구축 최적화 과정/ })).toBeVisible();

  response = await page.goto(`${portal.url}/programs?q=${encodeURIComponent("청년")}`);
  expect(response?.status()).toBe(200);
  await expect(notice).toBeVisible();
  await expect(page.getByRole("link", { name: "청년월세 특별지원" })).toBeVisible();

  // Pages that do not search are not affected at all.
  response = await page.goto(`${portal.url}/issues/2024-04/k-digital-training-incheon`);
  expect(response?.status()).toBe(200);
  await expect(notice).toHaveCount(0);
});

test("the API says it fell back, and health names search as the failing part", async ({
  request,
}) => {
  const search = await request.get(`${portal.url}/api/search`, {
    params: { q: "로봇", index: "courses" },
  });
  expect(search.status()).toBe(200);
  expect(await search.json()).toMatchObject({
    fallback: true,
    hits: [expect.objectContaining({ type: "course" })],
  });

  const health = await request.get(`${portal.url}/api/health`);
  expect(health.status()).toBe(503);
  // Which part is down, not the error text behind it (that goes to the server's log).
  expect(await health.json()).toMatchObject({ db: "ok", search: "error" });
});
