import { z } from "zod";
import { DEFAULT_DATA_DIR, databaseLocation } from "./db/location.mjs";

// The one place that reads process.env. Scripts and the app share it; nothing here is sent to the browser.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
    DATABASE_URL: z.string().min(1).optional(),
    DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
    MEILI_URL: z.url().optional(),
    MEILI_MASTER_KEY: z.string().min(16).optional(),
    MEILI_BIN: z.string().min(1).optional(),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_-]*$/, "only letters, digits, - and _")
      .default(""),
    MEILI_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
    SEARCH_DEADLINE_MS: z.coerce.number().int().min(50).max(10_000).default(500),
    NEXTAUTH_SECRET: z.string().min(32).optional(),
    NEXTAUTH_URL: z.url().optional(),
    SITE_URL: z.url().optional(),
    SEARCH_SYNC_INTERVAL_MS: z.coerce.number().int().min(1_000).default(30_000),
    // Set by `npm start` for the Next server it runs (lib/background.ts ends the server with it).
    PORTAL_LAUNCHER_PID: z.coerce.number().int().positive().optional(),
    // "off" leaves compression to a proxy in front (next.config.ts).
    PORTAL_COMPRESS: z.enum(["on", "off"]).default("on"),
    TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
    // Official open APIs (lib/sources): the URL defaults to the official host; no key, no sync.
    WORK24_API_URL: z.url().default("https://www.work24.go.kr"),
    WORK24_API_KEY: z.string().min(1).optional(),
    BIZINFO_API_URL: z.url().default("https://www.bizinfo.go.kr"),
    BIZINFO_API_KEY: z.string().min(1).optional(),
    YOUTHCENTER_API_URL: z.url().default("https://www.youthcenter.go.kr"),
    YOUTHCENTER_API_KEY: z.string().min(1).optional(),
    // When the server syncs the official APIs (a cron pattern in Asia/Seoul; "off" for never).
    SYNC_SCHEDULE: z
      .string()
      .regex(/^(off|\S+(\s+\S+){4,5})$/, 'a cron pattern such as "0 5 * * *", or off')
      .default("0 5 * * *"),
    // With no 고용24 key, `npm start` fills the catalog with sample rounds (lib/sources/demo).
    DEMO_CATALOG: z.enum(["on", "off"]).default("on"),
    SOURCE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
    // Uploaded images go to an S3-compatible bucket when its URL is set, else under DATA_DIR/media.
    MEDIA_S3_URL: z.url().optional(),
    MEDIA_S3_REGION: z.string().min(1).optional(),
    MEDIA_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    MEDIA_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  })
  .refine(
    (vars) =>
      !vars.MEDIA_S3_URL || (vars.MEDIA_S3_ACCESS_KEY_ID && vars.MEDIA_S3_SECRET_ACCESS_KEY),
    {
      path: ["MEDIA_S3_URL"],
      message: "needs MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY too",
    },
  );

export type Env = z.infer<typeof schema>;

function parseEnv(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}

export const env = parseEnv();

export const { dataDir, url: databaseUrl } = databaseLocation(env);

export const siteUrl = env.SITE_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
