import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayInSeoul } from "@/lib/dates/dates";
import { migrateDatabase } from "@/lib/db/client";
import { addRound, startWork24StandIn, type Work24StandIn } from "@/test/stand-ins/work24";

const run = promisify(execFile);

describe("npm run sync", () => {
  let standIn: Work24StandIn;
  const sync = (args: string[], env: Record<string, string | undefined>) =>
    run(
      process.execPath,
      [
        path.resolve("node_modules/tsx/dist/cli.mjs"),
        "--conditions=react-server",
        "scripts/sync.ts",
        ...args,
      ],
      { env: { ...process.env, MEILI_URL: undefined, ...env } },
    ).then(
      (done) => ({ code: 0, stdout: done.stdout, stderr: done.stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  beforeAll(async () => {
    await migrateDatabase();
    standIn = await startWork24StandIn();
    const start = addDays(todayInSeoul(), 20).replaceAll("-", "");
    addRound(
      standIn,
      "C0104",
      {
        trprId: "AIG2026999001",
        trprDegr: "1",
        title: "명령줄 시험 과정",
        subTitle: "시험 기관",
        traStartDate: start,
        traEndDate: start,
        address: "인천광역시 부평구 부평대로 1",
        yardMan: "20",
      },
      { trtm: "120" },
    );
    addRound(
      standIn,
      "C0104",
      {
        trprId: "AIG2026999002",
        trprDegr: "1",
        title: "날짜 없는 과정",
        subTitle: "시험 기관",
        traStartDate: "미정",
        traEndDate: "미정",
      },
      { trtm: "120" },
    );
  });
  afterAll(() => standIn.close());

  it("prints what it did and what it rejected, and why", async () => {
    const result = await sync(["--source", "work24"], {
      WORK24_API_URL: standIn.url,
      WORK24_API_KEY: "test-key",
    });
    expect(result.stdout).toContain(
      "work24: 1 added, 0 changed, 0 unchanged, 0 closed, 1 rejected",
    );
    expect(result.stdout).toContain(
      "rejected w24-AIG2026999002-1: traStartDate(개강일)가 날짜가 아닙니다: 미정",
    );
    expect(result.code).toBe(0);
  });

  it("fails with the reason when a source is down, has no key, or does not exist", async () => {
    const down = await sync(["--source", "work24"], {
      WORK24_API_URL: "http://127.0.0.1:9",
      WORK24_API_KEY: "test-key",
      SOURCE_TIMEOUT_MS: "200",
    });
    expect(down.code).toBe(1);
    expect(down.stdout).toContain("work24: 0 added");
    expect(down.stdout).toContain("failed, nothing more written");

    const noKey = await sync(["--source", "work24"], { WORK24_API_KEY: undefined });
    expect(noKey.code).toBe(1);
    expect(noKey.stdout).toContain("work24: no key set (WORK24_API_KEY), skipped");

    const unknown = await sync(["--source", "hrd"], {});
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown source "hrd"');

    // Approving is for the one run an admin checked, not every source at once.
    const approveAll = await sync(["--approve"], {});
    expect(approveAll.code).toBe(1);
    expect(approveAll.stderr).toContain("--approve needs --source");
  });
});
