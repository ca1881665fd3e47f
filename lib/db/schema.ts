import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { publicationStatuses, recordStatuses } from "../admin/statuses";
import { employmentStatuses, schedules } from "../courses/enums";
import { programPeriodKinds, type ProgramApplicant, type ProgramArea } from "../programs/enums";

/** admin ⊃ editor ⊃ contributor (기고자: writes drafts and asks for review, publishes nothing). */
export const roles = ["admin", "editor", "contributor"] as const;
export const sections = ["issue", "industry", "policy", "appendix"] as const;
export const searchEntities = ["course", "program", "article"] as const;

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
// Seeded rows remember the hash of the seed record they came from; an editor's save clears it,
// so a later seed run can tell untouched rows (safe to refresh) from edited ones (never overwritten).
const seedHash = () => text("seed_hash");

// "demo" replays 고용24's answers, "demo-bizinfo" and "demo-youthcenter" the program sources':
// each demo stands for one source, so that source's key turns exactly its samples off.
export const sources = [
  "work24",
  "bizinfo",
  "youthcenter",
  "demo",
  "demo-bizinfo",
  "demo-youthcenter",
] as const;
export type SourceName = (typeof sources)[number];

// Where a record came from, when an official API feeds it (null for editors' and seed records).
// `sourceValues` holds the values as the source last gave them: a field whose stored value differs
// was changed by an editor, and a sync keeps it ("원천과 다름") until an editor takes the source's.
const provenance = () => ({
  source: text("source", { enum: sources }),
  firstSeenAt: integer("first_seen_at", { mode: "timestamp_ms" }),
  lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }),
  /** Gone from its source: kept, shown as 종료/마감, never deleted. */
  closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  sourceValues: text("source_values", { mode: "json" }).$type<Record<string, unknown>>(),
});

/**
 * The columns of a course or program the portal keeps itself — its row id, provenance, status,
 * version and times — as opposed to the record an editor, an import or a source gives.
 */
export const portalKeptColumns = {
  id: true,
  source: true,
  firstSeenAt: true,
  lastSeenAt: true,
  closedAt: true,
  sourceValues: true,
  status: true,
  version: true,
  seedHash: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: roles }).notNull(),
  passwordHash: text("password_hash").notNull(),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  sessionVersion: integer("session_version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const issues = sqliteTable("issues", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  summary: text("summary").notNull(),
  status: text("status", { enum: publicationStatuses }).notNull().default("draft"),
  publishAt: integer("publish_at", { mode: "timestamp_ms" }),
  version: integer("version").notNull().default(1),
  seedHash: seedHash(),
  /** In the trash since then: hidden everywhere, restorable for 30 days, then purged. */
  deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type ArticleSource = { title: string; url?: string };

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    issueId: integer("issue_id")
      .notNull()
      .references(() => issues.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    section: text("section", { enum: sections }).notNull(),
    category: text("category").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default([]),
    sources: text("sources", { mode: "json" }).$type<ArticleSource[]>().notNull().default([]),
    position: integer("position").notNull().default(0),
    status: text("status", { enum: publicationStatuses }).notNull().default("draft"),
    publishAt: integer("publish_at", { mode: "timestamp_ms" }),
    version: integer("version").notNull().default(1),
    seedHash: seedHash(),
    /** In the trash since then (see issues.deletedAt). */
    deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
    /** A contributor asked an editor to review this draft; cleared when it is published. */
    reviewRequestedAt: integer("review_requested_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("articles_issue_slug").on(t.issueId, t.slug)],
);

export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    category: text("category").notNull(),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
    /** Address, section and sources as saved; null in revisions made before they were kept. */
    slug: text("slug"),
    section: text("section", { enum: sections }),
    sources: text("sources", { mode: "json" }).$type<ArticleSource[]>(),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("article_revisions_version").on(t.articleId, t.version)],
);

export const courses = sqliteTable(
  "courses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    externalId: text("external_id").notNull().unique(),
    title: text("title").notNull(),
    provider: text("provider").notNull(),
    trainingType: text("training_type").notNull(),
    field: text("field").notNull(),
    ncsCode: text("ncs_code"),
    district: text("district"),
    address: text("address"),
    startDate: text("start_date"),
    endDate: text("end_date"),
    totalHours: integer("total_hours").notNull(),
    capacity: integer("capacity").notNull(),
    // Who took part (the bulletin's 참여 인원), and who applied (고용24's regCourseMan, which may
    // pass the capacity while a round selects): two numbers, never one standing for the other.
    enrolled: integer("enrolled"),
    applicants: integer("applicants"),
    tuition: integer("tuition"),
    subsidyPerHour: integer("subsidy_per_hour"),
    cardEligible: integer("card_eligible", { mode: "boolean" }).notNull().default(true),
    schedule: text("schedule", { enum: schedules }),
    employmentRate: real("employment_rate"),
    employmentStatus: text("employment_status", { enum: employmentStatuses }),
    year: integer("year").notNull(),
    description: text("description").notNull().default(""),
    url: text("url"),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default([]),
    isSample: integer("is_sample", { mode: "boolean" }).notNull().default(false),
    selfPayment: integer("self_payment"),
    contact: text("contact"),
    ...provenance(),
    status: text("status", { enum: recordStatuses }).notNull().default("draft"),
    version: integer("version").notNull().default(1),
    seedHash: seedHash(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("courses_status").on(t.status), index("courses_source").on(t.source)],
);

export const programs = sqliteTable(
  "programs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    externalId: text("external_id").notNull().unique(),
    title: text("title").notNull(),
    agency: text("agency").notNull(),
    category: text("category").notNull(),
    targetGroups: text("target_groups", { mode: "json" }).$type<string[]>().notNull().default([]),
    region: text("region").notNull().default("전국"),
    summary: text("summary").notNull(),
    eligibility: text("eligibility").notNull(),
    benefit: text("benefit").notNull(),
    maxAmountKrw: integer("max_amount_krw"),
    applyStart: text("apply_start"),
    applyEnd: text("apply_end"),
    periodNote: text("period_note"),
    /**
     * What the dates bound: the application (접수, 마감 after it) or, for plans and pilots, the
     * programme itself (시행, 종료 after it).
     */
    periodKind: text("period_kind", { enum: programPeriodKinds }).notNull().default("application"),
    howToApply: text("how_to_apply").notNull(),
    url: text("url"),
    contact: text("contact"),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default([]),
    /** The source gives no start date yet (추후 공지): 접수예정 until it does. */
    applyLater: integer("apply_later", { mode: "boolean" }).notNull().default(false),
    /**
     * The source gives the period only in the notice (세부사업별 상이, 공고문 참조): no dates, and
     * 공고 참조 rather than a status the portal cannot know.
     */
    periodInNotice: integer("period_in_notice", { mode: "boolean" }).notNull().default(false),
    /** Age limits as the source states them (만 나이), for the residents' eligibility check. */
    minAge: integer("min_age"),
    maxAge: integer("max_age"),
    /** Who may apply and where, as structured data; empty means the source does not say. */
    eligibleApplicants: text("eligible_applicants", { mode: "json" })
      .$type<ProgramApplicant[]>()
      .notNull()
      .default([]),
    eligibleAreas: text("eligible_areas", { mode: "json" })
      .$type<ProgramArea[]>()
      .notNull()
      .default([]),
    /** Household and income conditions as the source words them (too varied to compute). */
    householdRule: text("household_rule"),
    incomeRule: text("income_rule"),
    isSample: integer("is_sample", { mode: "boolean" }).notNull().default(false),
    ...provenance(),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    status: text("status", { enum: recordStatuses }).notNull().default("draft"),
    version: integer("version").notNull().default(1),
    seedHash: seedHash(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("programs_status").on(t.status), index("programs_source").on(t.source)],
);

// One row per change to a document's index copy. The drain claims due rows (a lease, so instances
// do not work the same row), marks them synced once Meilisearch confirms, and prunes synced rows
// after a day: a rebuild replays every change after its snapshot from them.
export const searchOutbox = sqliteTable(
  "search_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entity: text("entity", { enum: searchEntities }).notNull(),
    documentId: text("document_id").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    lastError: text("last_error"),
    /** Claimed by a drain until then; another drain leaves the row alone meanwhile. */
    claimedUntil: integer("claimed_until", { mode: "timestamp_ms" }),
    /** Which drain holds the claim, so one whose claim lapsed does not settle another's row. */
    claimToken: text("claim_token"),
    /** Meilisearch confirmed the change; null while it is waiting. */
    syncedAt: integer("synced_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("search_outbox_due").on(t.nextAttemptAt),
    index("search_outbox_pending").on(t.syncedAt, t.id),
  ],
);

// One row per sync of a source: what it found and did, or why it stopped.
export const syncRuns = sqliteTable(
  "sync_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    source: text("source", { enum: sources }).notNull(),
    dryRun: integer("dry_run", { mode: "boolean" }).notNull().default(false),
    /** running, ok, failed, or held (stopped by a safety check until an admin approves). */
    outcome: text("outcome", { enum: ["running", "ok", "failed", "held"] }).notNull(),
    startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
    counts: text("counts", { mode: "json" }).$type<Record<string, number>>(),
    rejected: text("rejected", { mode: "json" }).$type<{ id: string; reason: string }[]>(),
    /** What the run found (or, held or dry, would do): record ids, at most 200 of each kind. */
    diff: text("diff", { mode: "json" }).$type<SyncDiff>(),
    /** The editor who asked for the run; null for the schedule and the CLI. */
    requestedBy: integer("requested_by").references(() => users.id, { onDelete: "set null" }),
    message: text("message"),
    /**
     * What the run read: the source's API, or a file an editor imported (one answer saved from
     * it), which says nothing about how current the whole catalog is.
     */
    origin: text("origin", { enum: ["api", "file"] })
      .notNull()
      .default("api"),
  },
  (t) => [index("sync_runs_source").on(t.source, t.startedAt)],
);

// A public address that moved (a changed slug or id): the old path answers 308 to the new one.
export const movedPaths = sqliteTable("moved_paths", {
  fromPath: text("from_path").primaryKey(),
  toPath: text("to_path").notNull(),
  createdAt: createdAt(),
});

/**
 * Each editor's autosaved text of an article: what was on screen at the last pause in typing,
 * not a revision and never public. Saving the article clears it.
 */
export const articleAutosaves = sqliteTable(
  "article_autosaves",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The article's version the text was written on (a newer save makes restoring a choice). */
    baseVersion: integer("base_version").notNull(),
    fields: text("fields", { mode: "json" }).$type<Record<string, string>>().notNull(),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

/**
 * Links that show an unpublished article or issue to a reviewer without an account. Only the
 * token's SHA-256 is kept, so the table cannot be read back into working links; a link stops
 * working when it expires or an editor revokes it.
 */
export const previewLinks = sqliteTable(
  "preview_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull().unique(),
    entity: text("entity", { enum: ["article", "issue"] }).notNull(),
    entityId: integer("entity_id").notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("preview_links_target").on(t.entity, t.entityId)],
);

/**
 * Images editors upload for figures. The id is the start of the original file's SHA-256, so an
 * image's addresses never change meaning (they are cached for a year) and one file uploaded twice
 * is stored once. Width and height are the largest size served; articles name them in the
 * address (lib/media/paths.ts), so pages reserve the image's space without asking the database.
 */
export const media = sqliteTable("media", {
  id: text("id").primaryKey(),
  fileName: text("file_name").notNull(),
  /** What the file was by its content: png, jpeg, webp or svg (rasterised). */
  format: text("format").notNull(),
  bytes: integer("bytes").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  /** The description given at upload, offered again when the image is reused. */
  alt: text("alt").notNull(),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

/**
 * When each cache tag was last expired (ms since epoch). Any process that writes content records
 * here; the Next server's cache handlers (lib/cache/handlers/) read it, so a page cached before the
 * write is rendered again.
 */
export const cacheTagExpirations = sqliteTable(
  "cache_tag_expirations",
  { tag: text("tag").primaryKey(), expiredAt: integer("expired_at").notNull() },
  // The handlers ask only for what changed since they last looked.
  (t) => [index("cache_tag_expirations_expired_at").on(t.expiredAt)],
);

export type SyncDiff = {
  added: string[];
  changed: { id: string; fields: string[] }[];
  closed: string[];
  kept: { id: string; fields: string[] }[];
};

export const systemState = sqliteTable("system_state", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: updatedAt(),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_created").on(t.createdAt)],
);

// Failed sign-ins per email and client address: five lock that pair for 15 minutes.
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    failures: integer("failures").notNull().default(0),
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.email, t.ip] }),
    index("login_attempts_updated").on(t.updatedAt),
  ],
);

// Failed sign-ins per email from any address, which no forwarding header can spread out.
export const accountSignInFailures = sqliteTable(
  "account_sign_in_failures",
  {
    email: text("email").primaryKey(),
    failures: integer("failures").notNull().default(0),
    lastFailureAt: integer("last_failure_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("account_sign_in_failures_last").on(t.lastFailureAt)],
);

// Failed sign-ins from one address (an IPv6 /64, lib/http/client-address.ts) across every email,
// in a window of 15 minutes: guesses spread over many emails (or made-up ones, which cost the
// same argon2 work) meet a limit too.
export const addressSignInFailures = sqliteTable(
  "address_sign_in_failures",
  {
    ip: text("ip").primaryKey(),
    failures: integer("failures").notNull().default(0),
    windowStartedAt: integer("window_started_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("address_sign_in_failures_window").on(t.windowStartedAt)],
);

// Addresses an account signed in from: the account-wide wait does not apply to them, so an
// attacker guessing from elsewhere cannot keep an editor out.
export const knownSignInAddresses = sqliteTable(
  "known_sign_in_addresses",
  {
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    lastSignInAt: integer("last_sign_in_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.email, t.ip] })],
);

// One row per signed-in browser: the session token names its row, and signing out revokes it,
// so a copied token stops working at once instead of at its expiry.
export const editorSessions = sqliteTable(
  "editor_sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("editor_sessions_expires").on(t.expiresAt)],
);

export type Issue = typeof issues.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type Course = typeof courses.$inferSelect;
export type Program = typeof programs.$inferSelect;
export type User = typeof users.$inferSelect;
export type SearchEntity = (typeof searchEntities)[number];
