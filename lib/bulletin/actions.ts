"use server";

import { and, asc, desc, eq, gt, inArray, isNull, lt, max, ne } from "drizzle-orm";
import { josa } from "es-hangul";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { afterContentChange } from "@/lib/admin/after-write";
import { bulletinTags } from "@/lib/cache/tags";
import { recordAudit } from "@/lib/audit/record";
import { clearAutosave } from "./autosave";
import { movedPathTarget, recordMovedPath } from "@/lib/routes/moved";
import { ActionError, formAction } from "@/lib/auth/action";
import { canActAs, type Editor } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db/client";
import { articleRevisions, articles, auditLog, issues, type Article } from "@/lib/db/schema";
import { sameValue } from "@/lib/db/same-value";
import { articleDocumentId } from "@/lib/search/documents";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { bodyBlockErrors } from "./chart";
import { revisionOf } from "./revisions";
import { wakeScheduledPublishing } from "./scheduler";
import { setTrashed, TRASH_DAYS, trashedReleaseRefusal } from "./trash";
import { formatDateTime } from "@/lib/dates/dates";
import {
  articleCreateSchema,
  articleFormSchema,
  issueFormSchema,
  issueReleaseSchema,
  issueUpdateSchema,
  moveSchema,
  publicationSchema,
  restoreSchema,
  trashSchema,
  articleTransferSchema,
} from "./schema";
import { id } from "@/lib/forms/fields";
import { articlePath, articlePathSlugs, issuePath } from "@/lib/routes/public";
import { isPublicArticle, isPublicIssue } from "./visibility";

/** A save refused because another was made first; an issue keeps no revisions to compare with. */
const conflict = (saved: number, where: "revisions" | "new tab" = "revisions") =>
  new ActionError(
    `다른 편집자가 먼저 저장해 지금은 버전 ${saved}입니다. 이 화면의 내용은 저장되지 않았고 그대로 남아 있습니다. ${
      where === "revisions"
        ? "변경 기록에서 차이를 확인한 뒤 새로 고쳐 다시 반영하세요."
        : "새 탭에서 이 화면을 열어 차이를 확인한 뒤 다시 반영하세요."
    }`,
    "conflict",
    undefined,
    saved,
  );

async function issueArticleIds(tx: Transaction, issueId: number) {
  const rows = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.issueId, issueId));
  return rows.map(articleDocumentId);
}

async function loadArticle(tx: Transaction, id: number) {
  const [article] = await tx.select().from(articles).where(eq(articles.id, id));
  if (!article) throw new ActionError("기사를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.");
  return article;
}

/**
 * Whatever is in the trash is off every public page until restored: publishing or scheduling it
 * there would tell the editor it is public when it is not, and put it online on restore.
 */
function refuseReleaseFromTrash(trashed: { what: string; deletedAt: Date | null }[]) {
  const inTrash = trashed.find((item) => item.deletedAt);
  if (inTrash) throw new ActionError(trashedReleaseRefusal(inTrash.what));
}

/** Refuses to publish a body with broken charts or figures, naming each line (and the article). */
function refuseBrokenBlocks(body: string, title?: string) {
  const errors = bodyBlockErrors(body);
  if (errors.length === 0) return;
  const where = errors.map((e) => `${e.line}번째 줄(${e.block}) — ${e.error}`).join(" / ");
  throw title
    ? new ActionError(
        `‘${title}’ 기사의 차트·그림을 고쳐야 발행할 수 있습니다: ${where}`,
        "invalid",
      )
    : new ActionError(`차트·그림을 고쳐야 발행할 수 있습니다: ${where}`, "invalid", {
        body: "차트나 그림에 고칠 곳이 있습니다",
      });
}

/** A contributor writes drafts only: what is published or scheduled is an editor's to change. */
function refuseContributorOnPublic(editor: Editor, article: Article) {
  if (!canActAs(editor.role, "editor") && article.status !== "draft")
    throw new ActionError(
      "기고자는 발행되었거나 예약된 기사를 고칠 수 없습니다. 고칠 곳을 편집자에게 알려 주세요.",
    );
}

/**
 * A slug that is another article's old address would take its links, which answer 308 to that
 * article; renaming an article back to its own old address is fine, and so is taking one whose
 * article is gone (in the trash or deleted), where the links lead nowhere.
 */
async function refuseOldAddress(
  tx: Transaction,
  issue: { slug: string },
  slug: string,
  ownPath?: string,
) {
  const movedTo = await movedPathTarget(tx, articlePath(issue, { slug }));
  const to = movedTo && movedTo !== ownPath ? articlePathSlugs(movedTo) : null;
  if (!to) return;
  const [live] = await tx
    .select({ id: articles.id })
    .from(articles)
    .innerJoin(issues, eq(articles.issueId, issues.id))
    .where(
      and(
        eq(issues.slug, to.issue),
        eq(articles.slug, to.article),
        isNull(articles.deletedAt),
        isNull(issues.deletedAt),
      ),
    );
  if (live)
    throw new ActionError(
      "이 주소는 다른 기사의 예전 주소라 그 기사로 연결되고 있습니다. 다른 주소를 쓰세요.",
      "invalid",
      { slug: "다른 기사의 예전 주소입니다" },
    );
}

/** After an article's change has committed: its page, its issue's and the lists are out of date. */
async function articleChanged(articleId: number) {
  const [article] = await db
    .select({ issueId: articles.issueId })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (article) await afterContentChange(bulletinTags({ issueId: article.issueId, articleId }));
}

/**
 * Refuses an address another issue (or another article of the issue) holds, and says so when that
 * one is in the trash, which the lists do not show.
 */
function refuseTakenAddress(holder: { deletedAt: Date | null } | undefined, what: "호" | "기사") {
  if (!holder) return;
  const message = holder.deletedAt
    ? `휴지통에 있는 ${what}가 이 주소를 쓰고 있습니다(${TRASH_DAYS}일이 지나면 영구 삭제됩니다). 다른 주소를 쓰거나, 편집자가 그 ${what}를 되살려 주소를 바꾼 뒤 쓰세요`
    : what === "호"
      ? "이미 있는 호입니다"
      : "이 호에 같은 주소의 기사가 있습니다";
  throw new ActionError(`${message}.`, "invalid", { slug: message });
}

export const createIssue = formAction("editor", issueFormSchema, async (input, editor) => {
  const id = await db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ deletedAt: issues.deletedAt })
      .from(issues)
      .where(eq(issues.slug, input.slug));
    refuseTakenAddress(taken, "호");
    const [issue] = await tx.insert(issues).values(input).returning({ id: issues.id });
    await recordAudit(tx, {
      userId: editor.id,
      action: "issue.create",
      entity: "issue",
      entityId: issue!.id,
      details: { slug: input.slug },
    });
    return issue!.id;
  });
  redirect(`/admin/issues/${id}`);
});

export const updateIssue = formAction("editor", issueUpdateSchema, async (input, editor) => {
  await db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ deletedAt: issues.deletedAt })
      .from(issues)
      .where(and(eq(issues.slug, input.slug), ne(issues.id, input.id)));
    refuseTakenAddress(taken, "호");
    const [before] = await tx
      .select({ slug: issues.slug })
      .from(issues)
      .where(eq(issues.id, input.id));
    const [updated] = await tx
      .update(issues)
      .set({
        slug: input.slug,
        title: input.title,
        summary: input.summary,
        version: input.version + 1,
        seedHash: null,
        updatedAt: new Date(),
      })
      .where(and(eq(issues.id, input.id), eq(issues.version, input.version)))
      .returning({ id: issues.id });
    if (!updated) {
      const [current] = await tx.select().from(issues).where(eq(issues.id, input.id));
      if (!current) throw new ActionError("호를 찾을 수 없습니다.");
      throw conflict(current.version, "new tab");
    }
    await enqueueSearchSync(tx, "article", await issueArticleIds(tx, input.id));
    if (before && before.slug !== input.slug) {
      // The issue's addresses, and each of its articles', answer 308 to the new ones.
      const moved = [
        { slug: "all" },
        ...(await tx
          .select({ slug: articles.slug })
          .from(articles)
          .where(eq(articles.issueId, input.id))),
      ];
      await recordMovedPath(tx, issuePath(before), issuePath(input));
      for (const article of moved)
        await recordMovedPath(tx, articlePath(before, article), articlePath(input, article));
    }
    await recordAudit(tx, {
      userId: editor.id,
      action: "issue.update",
      entity: "issue",
      entityId: input.id,
      details: { slug: input.slug, version: input.version + 1 },
    });
  });
  await afterContentChange(bulletinTags({ issueId: input.id }));
  return { status: "ok", message: "호 정보를 저장했습니다.", savedVersion: input.version + 1 };
});

const publicationMessages = {
  publish: "발행했습니다. 이제 누구나 볼 수 있습니다.",
  unpublish: "발행을 취소했습니다. 초안으로 돌아갔습니다.",
  schedule: "예약했습니다. 정한 시각에 자동으로 발행됩니다.",
  "cancel-schedule": "예약을 취소했습니다. 초안으로 돌아갔습니다.",
};

/**
 * What publishing an issue alone leaves unseen: its articles keep their own state, so a scheduled
 * one still waits for its time and a draft stays a draft.
 */
function heldArticlesNote(articleStates: { status: string }[]) {
  const count = (status: string) => articleStates.filter((a) => a.status === status).length;
  const scheduled = count("scheduled");
  const drafts = count("draft");
  const notes = [
    scheduled > 0 &&
      ` 예약된 기사 ${scheduled}건은 예약한 시각에 공개됩니다. 지금 함께 실으려면 ‘남은 기사 발행’에서 고르세요.`,
    drafts > 0 && ` 초안 기사 ${drafts}건은 공개되지 않습니다.`,
    count("published") === 0 && " 아직 공개된 기사가 없어 호 페이지가 비어 보입니다.",
  ];
  return notes.filter(Boolean).join("");
}

function publicationChange(
  current: { status: string; publishAt: Date | null },
  input: { intent: keyof typeof publicationMessages; publishAt?: Date },
) {
  const now = new Date();
  switch (input.intent) {
    case "publish":
      return {
        status: "published" as const,
        publishAt: current.publishAt && current.publishAt <= now ? current.publishAt : now,
      };
    case "schedule":
      // From a tab opened before someone published it: scheduling would take it off the site.
      if (current.status === "published")
        throw new ActionError(
          "이미 발행되어 공개 중입니다. 다시 예약하려면 먼저 발행을 취소하세요.",
          "conflict",
        );
      return { status: "scheduled" as const, publishAt: input.publishAt! };
    case "cancel-schedule":
      if (current.status !== "scheduled") throw new ActionError("예약된 상태가 아닙니다.");
      return { status: "draft" as const, publishAt: null };
    case "unpublish":
      return { status: "draft" as const, publishAt: current.publishAt };
  }
}

export const setIssuePublication = formAction(
  "editor",
  publicationSchema,
  async (input, editor) => {
    const held = await db.transaction(async (tx) => {
      const [issue] = await tx.select().from(issues).where(eq(issues.id, input.id));
      if (!issue) throw new ActionError("호를 찾을 수 없습니다.");
      if (input.intent === "publish" || input.intent === "schedule")
        refuseReleaseFromTrash([{ what: "이 호", deletedAt: issue.deletedAt }]);
      const articleStates = await tx
        .select({ status: articles.status })
        .from(articles)
        .where(and(eq(articles.issueId, issue.id), isNull(articles.deletedAt)));
      const change = publicationChange(issue, input);
      await tx
        .update(issues)
        .set({ ...change, seedHash: null, updatedAt: new Date() })
        .where(eq(issues.id, issue.id));
      await enqueueSearchSync(tx, "article", await issueArticleIds(tx, issue.id));
      await recordAudit(tx, {
        userId: editor.id,
        action: `issue.${input.intent}`,
        entity: "issue",
        entityId: issue.id,
        details: { slug: issue.slug, publishAt: change.publishAt?.toISOString() ?? null },
      });
      return articleStates;
    });
    await afterContentChange(bulletinTags({ issueId: input.id }));
    await wakeScheduledPublishing();
    const message = publicationMessages[input.intent];
    return {
      status: "ok",
      message: input.intent === "publish" ? `${message}${heldArticlesNote(held)}` : message,
    };
  },
);

export const releaseIssue = formAction("editor", issueReleaseSchema, async (input, editor) => {
  const now = new Date();
  const publishAt = input.publishAt ?? now;
  const status = publishAt > now ? ("scheduled" as const) : ("published" as const);
  const outcome = await db.transaction(async (tx) => {
    const [issue] = await tx.select().from(issues).where(eq(issues.id, input.id));
    if (!issue) throw new ActionError("호를 찾을 수 없습니다.");
    const all = await tx.select().from(articles).where(eq(articles.issueId, issue.id));
    const chosen = all.filter((article) => input.articleIds.includes(article.id));
    refuseReleaseFromTrash([
      { what: "이 호", deletedAt: issue.deletedAt },
      ...chosen.map((article) => ({ what: `‘${article.title}’`, deletedAt: article.deletedAt })),
    ]);
    if (chosen.length !== new Set(input.articleIds).size)
      throw new ActionError(
        "이 호에 없는 기사가 골라져 있습니다. 화면을 새로 고치세요.",
        "invalid",
      );
    if (issue.status === "published" && chosen.length === 0)
      throw new ActionError("이미 발행된 호입니다. 함께 발행할 기사를 고르세요.", "invalid");
    if (chosen.some((article) => article.status === "published"))
      throw new ActionError("이미 발행된 기사는 다시 고를 수 없습니다. 화면을 새로 고치세요.");
    for (const article of chosen) refuseBrokenBlocks(article.body, article.title);
    // A published issue keeps its date and stays on the site: the date given is the chosen
    // articles' own. Articles without a date of their own are shown under the issue's.
    const issueDate = issue.status === "published" ? issue.publishAt : publishAt;
    const issueStatus = issue.status === "published" ? "published" : status;
    await tx
      .update(issues)
      .set({ status: issueStatus, publishAt: issueDate, seedHash: null, updatedAt: now })
      .where(eq(issues.id, issue.id));
    if (chosen.length > 0)
      await tx
        .update(articles)
        .set({ status, publishAt, reviewRequestedAt: null, seedHash: null, updatedAt: now })
        .where(
          inArray(
            articles.id,
            chosen.map((article) => article.id),
          ),
        );
    await enqueueSearchSync(tx, "article", all.map(articleDocumentId));
    const verb = status === "scheduled" ? "schedule" : "publish";
    const left = all.filter(
      (article) =>
        article.status !== "published" &&
        !article.deletedAt &&
        !input.articleIds.includes(article.id),
    );
    // An issue already published does not change: its articles' own rows say what happened.
    if (issue.status !== "published")
      await recordAudit(tx, {
        userId: editor.id,
        action: `issue.${issueStatus === "scheduled" ? "schedule" : "publish"}`,
        entity: "issue",
        entityId: issue.id,
        details: {
          slug: issue.slug,
          publishAt: issueDate?.toISOString() ?? null,
          articles: chosen.map((article) => article.title),
          leftAsDrafts: left
            .filter((article) => article.status === "draft")
            .map((article) => article.title),
          leftScheduled: left
            .filter((article) => article.status === "scheduled")
            .map((article) => article.title),
        },
      });
    for (const article of chosen)
      await recordAudit(tx, {
        userId: editor.id,
        action: `article.${verb}`,
        entity: "article",
        entityId: article.id,
        details: {
          title: article.title,
          publishAt: publishAt.toISOString(),
          withIssue: issue.slug,
        },
      });
    return { issue, chosen, left, issueStatus };
  });
  await afterContentChange(bulletinTags({ issueId: input.id }));
  await wakeScheduledPublishing();
  const when = formatDateTime(publishAt);
  const articleCount = `기사 ${outcome.chosen.length}개`;
  const what =
    outcome.issue.status === "published"
      ? `${outcome.issue.title}의 ${articleCount}`
      : outcome.chosen.length > 0
        ? `${josa(outcome.issue.title, "와/과")} ${articleCount}`
        : outcome.issue.title;
  const done =
    status === "scheduled"
      ? `${josa(what, "을/를")} ${when}에 발행하도록 예약했습니다.`
      : input.publishAt
        ? `${josa(what, "을/를")} 발행했습니다. 발행일: ${when}.`
        : `${josa(what, "을/를")} 발행했습니다.`;
  const titles = (status: "draft" | "scheduled") =>
    outcome.left
      .filter((article) => article.status === status)
      .map((article) => `‘${article.title}’`)
      .join(", ");
  const left = [
    titles("draft") && ` 초안으로 남은 기사: ${titles("draft")}.`,
    titles("scheduled") && ` 예약한 때에 따로 발행될 기사: ${titles("scheduled")}.`,
  ].join("");
  return { status: "ok", message: `${done}${left}` };
});

export const createArticle = formAction(
  "contributor",
  articleCreateSchema,
  async (input, editor) => {
    const id = await db.transaction(async (tx) => {
      const [issue] = await tx.select().from(issues).where(eq(issues.id, input.issueId));
      if (!issue) throw new ActionError("호를 찾을 수 없습니다.");
      const [taken] = await tx
        .select({ deletedAt: articles.deletedAt })
        .from(articles)
        .where(and(eq(articles.issueId, issue.id), eq(articles.slug, input.slug)));
      refuseTakenAddress(taken, "기사");
      await refuseOldAddress(tx, issue, input.slug);
      const [last] = await tx
        .select({ position: max(articles.position) })
        .from(articles)
        .where(eq(articles.issueId, issue.id));
      const body = "## 소제목\n\n본문을 쓰세요.\n";
      const [article] = await tx
        .insert(articles)
        .values({
          issueId: issue.id,
          section: input.section,
          slug: input.slug,
          title: input.title,
          category: "일반",
          summary: input.title,
          body,
          position: (last?.position ?? 0) + 1,
        })
        .returning();
      await tx.insert(articleRevisions).values({ ...revisionOf(article!), authorId: editor.id });
      await recordAudit(tx, {
        userId: editor.id,
        action: "article.create",
        entity: "article",
        entityId: article!.id,
        details: { issue: issue.slug, slug: input.slug, title: input.title },
      });
      return article!.id;
    });
    redirect(`/admin/articles/${id}`);
  },
);

/**
 * Whether an article may have been seen at its address: not a draft, or a draft that kept its
 * publication date (unpublished), or one the log shows published (a later schedule, then its
 * cancelling, clears the date).
 */
async function hadPublicAddress(tx: Transaction, article: Article) {
  if (article.status !== "draft" || article.publishAt !== null) return true;
  const [published] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, "article"),
        eq(auditLog.entityId, String(article.id)),
        inArray(auditLog.action, ["article.publish", "article.publish-scheduled"]),
      ),
    )
    .limit(1);
  return published !== undefined;
}

async function writeNewVersion(
  tx: Transaction,
  current: Article,
  expectedVersion: number,
  content: Pick<Article, "title" | "summary" | "body" | "category" | "tags"> &
    Partial<Pick<Article, "slug" | "section" | "sources" | "position">>,
  authorId: number,
) {
  if (current.version !== expectedVersion) throw conflict(current.version);
  const next = current.version + 1;
  const [updated] = await tx
    .update(articles)
    .set({ ...content, version: next, seedHash: null, updatedAt: new Date() })
    .where(and(eq(articles.id, current.id), eq(articles.version, expectedVersion)))
    .returning();
  if (!updated) throw conflict(current.version);
  // The old address answers 308 to the new one, if it ever was public: a draft never published
  // (a contributor's) leaves the redirects alone.
  if (
    content.slug !== undefined &&
    content.slug !== current.slug &&
    (await hadPublicAddress(tx, current))
  ) {
    const [issue] = await tx
      .select({ slug: issues.slug })
      .from(issues)
      .where(eq(issues.id, current.issueId));
    await recordMovedPath(tx, articlePath(issue!, current), articlePath(issue!, updated));
  }
  await tx.insert(articleRevisions).values({ ...revisionOf(updated!), authorId });
  await enqueueSearchSync(tx, "article", [articleDocumentId(current)]);
  return updated!;
}

export const saveArticle = formAction("contributor", articleFormSchema, async (input, editor) => {
  const saved = await db.transaction(async (tx) => {
    const current = await loadArticle(tx, input.id);
    refuseContributorOnPublic(editor, current);
    const [taken] = await tx
      .select({ deletedAt: articles.deletedAt })
      .from(articles)
      .where(
        and(
          eq(articles.issueId, current.issueId),
          eq(articles.slug, input.slug),
          ne(articles.id, current.id),
        ),
      );
    refuseTakenAddress(taken, "기사");
    if (input.slug !== current.slug) {
      const [issue] = await tx
        .select({ slug: issues.slug })
        .from(issues)
        .where(eq(issues.id, current.issueId));
      await refuseOldAddress(tx, issue!, input.slug, articlePath(issue!, current));
    }
    // A published article must stay renderable: its chart blocks are checked on every save.
    if (current.status !== "draft") refuseBrokenBlocks(input.body);
    const content = {
      title: input.title,
      slug: input.slug,
      section: input.section,
      category: input.category,
      summary: input.summary,
      body: input.body,
      tags: input.tags,
      sources: input.sources,
    };
    // Saving what is already saved makes no version (the revision list and the log stay about
    // changes); the editor's autosave, if any, is spent all the same.
    if (
      input.version === current.version &&
      Object.entries(content).every(([field, value]) =>
        sameValue(value, current[field as keyof typeof content]),
      )
    ) {
      await clearAutosave(tx, current.id, editor.id);
      return null;
    }
    const updated = await writeNewVersion(tx, current, input.version, content, editor.id);
    // The editor's autosave is now part of the saved version.
    await clearAutosave(tx, current.id, editor.id);
    await recordAudit(tx, {
      userId: editor.id,
      action: "article.update",
      entity: "article",
      entityId: current.id,
      details: { title: input.title, version: updated.version },
    });
    return updated;
  });
  if (!saved) return { status: "ok", message: "바뀐 내용이 없어 그대로 두었습니다." };
  await articleChanged(input.id);
  return {
    status: "ok",
    message: `저장했습니다 (버전 ${saved.version}).`,
    savedVersion: saved.version,
  };
});

export const setArticlePublication = formAction(
  "editor",
  publicationSchema,
  async (input, editor) => {
    const issueStatus = await db.transaction(async (tx) => {
      const article = await loadArticle(tx, input.id);
      if (input.intent === "publish" || input.intent === "schedule") {
        const [issue] = await tx
          .select({ deletedAt: issues.deletedAt })
          .from(issues)
          .where(eq(issues.id, article.issueId));
        refuseReleaseFromTrash([
          { what: "이 기사", deletedAt: article.deletedAt },
          { what: "이 기사가 실린 호", deletedAt: issue!.deletedAt },
        ]);
        refuseBrokenBlocks(article.body);
      }
      const change = publicationChange(article, input);
      // Published or scheduled: the editor has dealt with any review request.
      const reviewed = change.status === "draft" ? {} : { reviewRequestedAt: null };
      await tx
        .update(articles)
        // An editor's choice: `npm run seed` leaves the article as it is from now on.
        .set({ ...change, ...reviewed, seedHash: null, updatedAt: new Date() })
        .where(eq(articles.id, article.id));
      await enqueueSearchSync(tx, "article", [articleDocumentId(article)]);
      await recordAudit(tx, {
        userId: editor.id,
        action: `article.${input.intent}`,
        entity: "article",
        entityId: article.id,
        details: { title: article.title, publishAt: change.publishAt?.toISOString() ?? null },
      });
      const [issue] = await tx
        .select({ status: issues.status })
        .from(issues)
        .where(eq(issues.id, article.issueId));
      return issue!.status;
    });
    await articleChanged(input.id);
    await wakeScheduledPublishing();
    const waiting =
      input.intent !== "unpublish" &&
      input.intent !== "cancel-schedule" &&
      issueStatus !== "published"
        ? " 이 기사가 실린 호가 아직 발행되지 않아, 호가 발행될 때 함께 공개됩니다."
        : "";
    return { status: "ok", message: publicationMessages[input.intent] + waiting };
  },
);

export const moveArticle = formAction("editor", moveSchema, async (input, editor) => {
  await db.transaction(async (tx) => {
    const article = await loadArticle(tx, input.id);
    // Among the articles the editor sees: one in the trash is not in the list it is moved in.
    const sameSection = and(
      eq(articles.issueId, article.issueId),
      eq(articles.section, article.section),
      isNull(articles.deletedAt),
    );
    const [neighbour] = await tx
      .select()
      .from(articles)
      .where(
        and(
          sameSection,
          input.direction === "up"
            ? lt(articles.position, article.position)
            : gt(articles.position, article.position),
        ),
      )
      .orderBy(input.direction === "up" ? desc(articles.position) : asc(articles.position))
      .limit(1);
    if (!neighbour) throw new ActionError("더 옮길 수 없습니다.");
    await tx
      .update(articles)
      .set({ position: neighbour.position })
      .where(eq(articles.id, article.id));
    await tx
      .update(articles)
      .set({ position: article.position })
      .where(eq(articles.id, neighbour.id));
    await enqueueSearchSync(tx, "article", [
      articleDocumentId(article),
      articleDocumentId(neighbour),
    ]);
    await recordAudit(tx, {
      userId: editor.id,
      action: "article.move",
      entity: "article",
      entityId: article.id,
      details: { title: article.title, direction: input.direction },
    });
  });
  await articleChanged(input.id);
  return { status: "ok", message: "순서를 바꿨습니다." };
});

export const restoreArticleRevision = formAction("editor", restoreSchema, async (input, editor) => {
  const restored = await db.transaction(async (tx) => {
    const current = await loadArticle(tx, input.id);
    const [revision] = await tx
      .select()
      .from(articleRevisions)
      .where(
        and(eq(articleRevisions.id, input.revisionId), eq(articleRevisions.articleId, current.id)),
      );
    if (!revision) throw new ActionError("이 기사의 버전이 아닙니다.");
    if (current.status !== "draft") refuseBrokenBlocks(revision.body);
    const updated = await writeNewVersion(
      tx,
      current,
      input.version,
      {
        title: revision.title,
        summary: revision.summary,
        body: revision.body,
        category: revision.category,
        tags: revision.tags,
        // The address stays: flipping it back could take another article's or break links.
        ...(revision.section && { section: revision.section }),
        ...(revision.sources && { sources: revision.sources }),
      },
      editor.id,
    );
    await recordAudit(tx, {
      userId: editor.id,
      action: "article.restore",
      entity: "article",
      entityId: current.id,
      details: { title: revision.title, from: revision.version, version: updated.version },
    });
    return { from: revision.version, version: updated.version };
  });
  await articleChanged(input.id);
  redirect(`/admin/articles/${input.id}?restored=${restored.from}`);
});

export const moveToTrash = formAction("editor", trashSchema, async (input, editor) => {
  const moved = await db.transaction((tx) => setTrashed(tx, input, true, editor.id));
  if (!moved) throw new ActionError("이미 휴지통에 있거나 없는 항목입니다. 화면을 새로 고치세요.");
  await afterContentChange(bulletinTags({ issueId: moved.issueId, articleId: moved.articleId }));
  redirect(
    input.entity === "article"
      ? `/admin/issues/${moved.issueId}?trashed=1`
      : "/admin/issues?trashed=1",
  );
});

export const restoreFromTrash = formAction("editor", trashSchema, async (input, editor) => {
  const restored = await db.transaction((tx) => setTrashed(tx, input, false, editor.id));
  if (!restored)
    throw new ActionError("휴지통에 없는 항목입니다. 이미 되살렸거나 영구 삭제되었습니다.");
  await afterContentChange(
    bulletinTags({ issueId: restored.issueId, articleId: restored.articleId }),
  );
  // Something scheduled keeps its time in the trash and is due again once restored.
  await wakeScheduledPublishing();
  // Its own page says so (and that it went live, when its time had passed): the trash list the
  // button was in no longer holds it.
  const untrashed = restored.due ? "due" : "1";
  redirect(
    input.entity === "article"
      ? `/admin/articles/${input.id}?untrashed=${untrashed}`
      : `/admin/issues/${input.id}?untrashed=${untrashed}`,
  );
});

export const requestReview = formAction("contributor", z.object({ id }), async (input, editor) => {
  await db.transaction(async (tx) => {
    const article = await loadArticle(tx, input.id);
    if (article.status !== "draft")
      throw new ActionError(
        "초안만 검토를 요청할 수 있습니다. 이미 발행되었거나 예약된 기사입니다.",
      );
    await tx
      .update(articles)
      .set({ reviewRequestedAt: new Date() })
      .where(eq(articles.id, article.id));
    await recordAudit(tx, {
      userId: editor.id,
      action: "article.request-review",
      entity: "article",
      entityId: article.id,
      details: { title: article.title, version: article.version },
    });
  });
  refresh();
  return {
    status: "ok",
    message: "편집자에게 검토를 요청했습니다. 호 편집 화면의 기사 목록에 ‘검토 요청’으로 보입니다.",
  };
});

export const moveArticleToIssue = formAction(
  "editor",
  articleTransferSchema,
  async (input, editor) => {
    const moved = await db.transaction(async (tx) => {
      const article = await loadArticle(tx, input.id);
      if (article.issueId === input.issueId) throw new ActionError("이미 이 호에 있는 기사입니다.");
      const [[from], [to]] = await Promise.all([
        tx.select().from(issues).where(eq(issues.id, article.issueId)),
        tx.select().from(issues).where(eq(issues.id, input.issueId)),
      ]);
      if (!to || to.deletedAt) throw new ActionError("옮길 호를 찾을 수 없습니다.", "invalid");
      const [taken] = await tx
        .select({ deletedAt: articles.deletedAt })
        .from(articles)
        .where(and(eq(articles.issueId, to.id), eq(articles.slug, article.slug)));
      if (taken)
        throw new ActionError(
          `${to.title}에 주소가 같은 기사(${article.slug})가 ${taken.deletedAt ? "휴지통에 " : ""}있습니다. 주소를 바꾼 뒤 옮기세요.`,
          "invalid",
        );
      const [last] = await tx
        .select({ position: max(articles.position) })
        .from(articles)
        .where(and(eq(articles.issueId, to.id), eq(articles.section, article.section)));
      const [updated] = await tx
        .update(articles)
        .set({ issueId: to.id, position: (last?.position ?? 0) + 1, updatedAt: new Date() })
        .where(eq(articles.id, article.id))
        .returning();
      // Links to the article under its old issue keep working.
      await recordMovedPath(tx, articlePath(from!, article), articlePath(to, updated!));
      await enqueueSearchSync(tx, "article", [articleDocumentId(article)]);
      await recordAudit(tx, {
        userId: editor.id,
        action: "article.transfer",
        entity: "article",
        entityId: article.id,
        details: { title: article.title, from: from!.slug, to: to.slug },
      });
      return {
        fromIssueId: from!.id,
        toTitle: to.title,
        // Public where it was, not yet where it goes: off the site until that issue is.
        hidden: isPublicArticle(article, from!) && !isPublicIssue(to),
      };
    });
    await afterContentChange([
      ...bulletinTags({ issueId: moved.fromIssueId, articleId: input.id }),
      ...bulletinTags({ issueId: input.issueId }),
    ]);
    const movedTo = `${moved.toTitle}${josa.pick(moved.toTitle, "으로/로")} 옮겼습니다.`;
    return {
      status: "ok",
      message: moved.hidden
        ? `${movedTo} ${josa(moved.toTitle, "이/가")} 아직 발행되지 않아, 이 기사는 그 호가 발행될 때까지 공개 화면에서 내려갑니다. 예전 주소는 그때부터 새 주소로 이어집니다.`
        : `${movedTo} 예전 주소는 새 주소로 이어집니다.`,
    };
  },
);
