import { describe, expect, it } from "vitest";
import { auditLines, type AuditRow } from "./sentence";

let nextId = 1;
function row(
  action: string,
  entityId: string | null,
  details: Record<string, unknown> | null,
  userName: string | null = "김편집",
  at = "2026-12-01T01:00:00Z",
): AuditRow {
  const entity = action.split(".")[0]!;
  return {
    entry: { id: nextId++, action, entity, entityId, details, createdAt: new Date(at) },
    userName,
  };
}

describe("the change log in sentences", () => {
  it("says who did what to which record, with particles that fit, and links it", () => {
    const [published, unpublished, scheduled, course] = auditLines([
      row("article.publish", "7", { title: "반도체 산업 동향" }),
      row("article.unpublish", "8", { title: "청년 월세 지원" }),
      row("issue.schedule", "2", { slug: "2024-05" }, "이관리"),
      row("course.update", "31", { externalId: "kdt-1", title: "AI 개발자 과정", version: 3 }),
    ]);
    expect(published!.sentence).toBe("김편집 님이 ‘반도체 산업 동향’ 기사를 발행했습니다");
    expect(published!.targets).toEqual([{ label: "반도체 산업 동향", href: "/admin/articles/7" }]);
    expect(unpublished!.sentence).toBe("김편집 님이 ‘청년 월세 지원’ 기사의 발행을 취소했습니다");
    expect(scheduled!.sentence).toBe("이관리 님이 ‘2024-05’ 호의 발행을 예약했습니다");
    expect(course!.sentence).toBe("김편집 님이 ‘AI 개발자 과정’ 훈련과정을 수정했습니다");
  });

  it("names the system and the source of a sync, and what an import applied", () => {
    const [scheduled, synced, imported] = auditLines([
      row("article.publish-scheduled", "9", { title: "5월 호 기사" }, null),
      {
        ...row("sync.add", null, { source: "work24", externalIds: ["a", "b", "c"] }, null),
        // A sync's rows are recorded under the catalog they wrote to.
        entry: {
          ...row("sync.add", null, { source: "work24", externalIds: ["a", "b", "c"] }).entry,
          entity: "course",
        },
        userName: null,
      },
      row("import.apply", "course", { file: "prices.csv", added: ["x"], updated: ["y", "z"] }),
    ]);
    expect(scheduled!.sentence).toBe("시스템이 예약한 때가 되어 ‘5월 호 기사’ 기사를 발행했습니다");
    expect(synced!.targets.map((t) => t.label)).toEqual(["a", "b", "c"]);
    expect(synced!.sentence).toBe("고용24 동기화가 훈련과정 3개를 추가했습니다");
    expect(imported!.sentence).toBe(
      "김편집 님이 ‘prices.csv’ 파일을 가져와 적용했습니다 (추가 1개, 변경 2개)",
    );
  });

  it("names a field taken back from the source as the form does, not by its code", () => {
    const taken = row("record.take_source_value", "4", {
      field: "eligibleApplicants",
      source: "bizinfo",
    });
    const [line] = auditLines([{ ...taken, entry: { ...taken.entry, entity: "program" } }]);
    expect(line!.sentence).toContain("‘신청 가능 대상’ 항목을 원천이 주는 값으로 되돌렸습니다");
  });

  it("counts the records a sync updated, as it counts those it added", () => {
    const update = row("sync.update", null, {
      source: "demo",
      changes: [
        { id: "w24-1", fields: ["capacity"] },
        { id: "w24-2", fields: ["enrolled", "closedAt"] },
      ],
    });
    const [line] = auditLines([{ entry: { ...update.entry, entity: "course" }, userName: null }]);
    expect(line!.sentence).toBe("고용24 예시 데이터 동기화가 훈련과정 2개를 수정했습니다");
    expect(line!.targets.map((t) => t.label)).toEqual(["w24-1", "w24-2"]);
  });

  it("shows a bulk action as one line listing its records, and keeps separate actions apart", () => {
    const lines = auditLines([
      row("course.publish", "1", { externalId: "c-1" }, "김편집", "2026-12-01T01:00:02Z"),
      row("course.publish", "2", { externalId: "c-2" }, "김편집", "2026-12-01T01:00:01Z"),
      row("course.publish", "3", { externalId: "c-3" }, "김편집", "2026-12-01T01:00:01Z"),
      row("course.publish", "4", { externalId: "c-4" }, "이관리", "2026-12-01T01:00:00Z"),
      row("course.update", "5", { externalId: "c-5", title: "과정" }),
    ]);
    expect(lines.map((line) => line.sentence)).toEqual([
      "김편집 님이 훈련과정 3개를 발행했습니다",
      "이관리 님이 ‘c-4’ 훈련과정을 발행했습니다",
      "김편집 님이 ‘과정’ 훈련과정을 수정했습니다",
    ]);
    expect(lines[0]!.targets.map((t) => t.href)).toEqual([
      "/admin/courses/1",
      "/admin/courses/2",
      "/admin/courses/3",
    ]);
    expect(lines[0]!.rows).toHaveLength(3);
  });

  it("does not link a deleted record", () => {
    const [deleted] = auditLines([row("program.delete", "4", { externalId: "p-4" })]);
    expect(deleted!.sentence).toBe("김편집 님이 ‘p-4’ 지원사업을 삭제했습니다");
    expect(deleted!.targets[0]!.href).toBeNull();
  });
});
