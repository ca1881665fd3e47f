import { randomBytes } from "node:crypto";
import path from "node:path";
import { inject, vi } from "vitest";

// Runs before each test file's imports: lib/env reads these once, so every file gets a
// database of its own and indexes under a prefix of its own, and files can run in parallel.
const id = randomBytes(4).toString("hex");
process.env.DATA_DIR = path.join(inject("testRoot"), `data-${id}`);
process.env.DATABASE_URL = `file:${path.join(inject("testRoot"), `portal-${id}.db`)}`;
process.env.MEILI_URL = inject("meiliUrl");
process.env.MEILI_MASTER_KEY = inject("meiliKey");
process.env.MEILI_INDEX_PREFIX = `t${id}_`;
process.env.NEXTAUTH_SECRET = "vitest-only-secret-0123456789abcdef";

// 'use cache' is Next's compiler's: in plain Node the directive is a string and the tags go nowhere.
vi.mock("next/cache", async () => (await import("@/test/next-request")).nextCache());
