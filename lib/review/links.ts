import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, inArray, isNull } from "drizzle-orm";
import { canActAs } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db/client";
import { articles, issues, previewLinks, roles, users } from "@/lib/db/schema";

/** How long a review link works unless revoked sooner. */
export const PREVIEW_LINK_HOURS = 72;

export type PreviewTarget = { entity: "article" | "issue"; entityId: number };

// 32 random bytes as base64url: the link is the secret, so it cannot be guessed or enumerated.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A link works until it expires or is revoked, and while the editor who made it may still make
 * one: disabling or demoting them stops their links too.
 */
const workingLink = (now: Date) =>
  and(
    isNull(previewLinks.revokedAt),
    gt(previewLinks.expiresAt, now),
    eq(users.disabled, false),
    inArray(
      users.role,
      roles.filter((role) => canActAs(role, "editor")),
    ),
  );

/** Makes a link to one unpublished article or issue; the token is returned once, never stored. */
export async function createPreviewLink(
  tx: Transaction,
  target: PreviewTarget,
  createdBy: number,
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PREVIEW_LINK_HOURS * 3_600_000);
  const [link] = await tx
    .insert(previewLinks)
    .values({ tokenHash: hashOf(token), ...target, createdBy, createdAt: now, expiresAt })
    .returning();
  return { token, link: link! };
}

/**
 * What a link shows, or null when it is malformed, unknown, expired or revoked, or what it shows
 * is in the trash (an article, or the issue it is in): there it is as good as deleted.
 */
export async function openPreviewLink(token: string, now = new Date()) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [found] = await db
    .select({ link: previewLinks })
    .from(previewLinks)
    .innerJoin(users, eq(previewLinks.createdBy, users.id))
    .where(and(eq(previewLinks.tokenHash, hashOf(token)), workingLink(now)));
  const link = found?.link;
  if (!link) return null;
  return (await shownTarget(db, link)) ? link : null;
}

/**
 * What a link to this target shows: its title, or null when it is gone or in the trash (an
 * article, or the issue it is in), where it is as good as deleted. Links are made and opened by
 * this one rule.
 */
export async function shownTarget(reader: Pick<typeof db, "select">, target: PreviewTarget) {
  const [shown] =
    target.entity === "article"
      ? await reader
          .select({ title: articles.title })
          .from(articles)
          .innerJoin(issues, eq(articles.issueId, issues.id))
          .where(
            and(
              eq(articles.id, target.entityId),
              isNull(articles.deletedAt),
              isNull(issues.deletedAt),
            ),
          )
      : await reader
          .select({ title: issues.title })
          .from(issues)
          .where(and(eq(issues.id, target.entityId), isNull(issues.deletedAt)));
  return shown ?? null;
}

/** The links to one article or issue that still work, newest first, with who made them. */
export async function activePreviewLinks(target: PreviewTarget, now = new Date()) {
  return db
    .select({
      id: previewLinks.id,
      createdAt: previewLinks.createdAt,
      expiresAt: previewLinks.expiresAt,
      createdByName: users.name,
    })
    .from(previewLinks)
    .innerJoin(users, eq(previewLinks.createdBy, users.id))
    .where(
      and(
        eq(previewLinks.entity, target.entity),
        eq(previewLinks.entityId, target.entityId),
        workingLink(now),
      ),
    )
    .orderBy(desc(previewLinks.createdAt));
}
