import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { programs } from "@/lib/db/schema";
import { addDays, formatDate, todayInSeoul } from "@/lib/dates/dates";
import { drainSearchOutbox, enqueueSearchSync } from "@/lib/search/outbox";
import { prepareSearchIndexes } from "@/lib/search/ready";
import { seededDatabase } from "@/test/db";
import { courseFeed, programDeadlines, programFeed } from "./subscriptions";
import { indexSettings } from "@/lib/catalog/index-settings";

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(xml) as {
    feed: { title: string; entry?: { title: { "#text": string }; link: { "@_href": string } }[] };
  };

describe("following a catalog search", () => {
  beforeAll(async () => {
    await seededDatabase();
    const today = todayInSeoul();
    await db.transaction(async (tx) => {
      await tx.insert(programs).values({
        externalId: "follow-test-open",
        title: "구독 시험용 청년 창업 지원",
        agency: "시험기관",
        category: "창업",
        targetGroups: ["청년"],
        region: "인천",
        summary: "구독 시험을 위한 사업",
        eligibility: "청년",
        benefit: "지원금",
        howToApply: "온라인",
        applyStart: addDays(today, -3),
        applyEnd: addDays(today, 10),
        status: "published",
      });
      await enqueueSearchSync(tx, "program", ["follow-test-open"]);
    });
    await prepareSearchIndexes(indexSettings, () => {});
    await drainSearchOutbox();
  });

  it("gives the same search of courses as an Atom feed, newest first, and says which search", async () => {
    const answer = await courseFeed(new URLSearchParams({ q: "스마트팩토리" }));
    expect(answer).toMatchObject({
      status: 200,
      contentType: "application/atom+xml; charset=utf-8",
    });
    const feed = parse(answer.body).feed;
    expect(feed.title).toContain("훈련과정: 스마트팩토리");
    expect(feed.entry!.length).toBeGreaterThan(0);
    expect(feed.entry!.every((entry) => entry.link["@_href"].includes("/courses/"))).toBe(true);
    expect(feed.entry!.some((entry) => entry.title["#text"].includes("스마트팩토리"))).toBe(true);
  });

  it("names the search in its title as the catalog's chips do, not in the URL's words", async () => {
    const answer = await courseFeed(
      new URLSearchParams({ q: "스마트팩토리", schedule: "weekend", status: "ended" }),
    );
    const feed = parse(answer.body).feed;
    expect(feed.title).toBe("훈련과정: 스마트팩토리 · 종료 · 주말 | 인천 경제·일자리 포털");
    const programs = parse((await programFeed(new URLSearchParams({ status: "notice" }))).body);
    expect(programs.feed.title).toBe("지원사업: 공고 참조 | 인천 경제·일자리 포털");
  });

  it("follows programs by their filters, and refuses a parameter it does not know, naming it", async () => {
    const feed = parse((await programFeed(new URLSearchParams({ category: "창업" }))).body).feed;
    expect(feed.entry!.map((entry) => entry.title["#text"])).toContain(
      "구독 시험용 청년 창업 지원",
    );
    // Its period reads as on the program's card.
    const entry = feed.entry!.find((e) => e.title["#text"] === "구독 시험용 청년 창업 지원")!;
    expect(JSON.stringify(entry)).toContain(
      `접수중 · ${formatDate(addDays(todayInSeoul(), 10))}까지`,
    );
    expect(await courseFeed(new URLSearchParams({ colour: "red" }))).toMatchObject({
      status: 400,
      body: JSON.stringify({ error: "unknown parameter: colour" }),
    });
  });

  it("puts the deadlines still ahead of the matching programs in one calendar", async () => {
    const answer = await programDeadlines(new URLSearchParams({ q: "구독 시험용" }));
    expect(answer.contentType).toBe("text/calendar; charset=utf-8");
    expect(answer.body).toContain("BEGIN:VCALENDAR");
    expect(answer.body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(answer.body).toContain("[신청 마감] 구독 시험용 청년 창업 지원");
    // The bulletin's 주거 program (청년월세) closed long ago: that search has no deadline ahead.
    const past = await programDeadlines(new URLSearchParams({ category: "주거" }));
    expect(past.body).not.toContain("BEGIN:VEVENT");
  });

  it("holds every deadline ahead, past the first hundred and those still to open", async () => {
    const today = todayInSeoul();
    const many = Array.from({ length: 130 }, (_, i) => ({
      externalId: `calendar-test-${i}`,
      title: `마감일 시험 사업 ${i}`,
      agency: "시험기관",
      category: "마감일시험",
      targetGroups: ["청년"],
      region: "인천",
      summary: "달력 시험을 위한 사업",
      eligibility: "청년",
      benefit: "지원금",
      howToApply: "온라인",
      // The last ten open only next month: 접수예정.
      applyStart: i < 120 ? addDays(today, -3) : addDays(today, 30),
      applyEnd: addDays(today, i < 120 ? 5 + i : 60),
      status: "published" as const,
    }));
    await db.transaction(async (tx) => {
      await tx.insert(programs).values(many);
      await enqueueSearchSync(
        tx,
        "program",
        many.map((program) => program.externalId),
      );
    });
    await drainSearchOutbox();
    const calendar = await programDeadlines(new URLSearchParams({ category: "마감일시험" }));
    expect(calendar.body.match(/BEGIN:VEVENT/g)).toHaveLength(130);
    const upcoming = await programDeadlines(
      new URLSearchParams({ category: "마감일시험", status: "upcoming" }),
    );
    expect(upcoming.body.match(/BEGIN:VEVENT/g)).toHaveLength(10);
  });
});
