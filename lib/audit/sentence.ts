import { josa } from "es-hangul";
import { auditEntityLabels } from "./labels";
import { TRASH_DAYS } from "@/lib/bulletin/trash";
import { sources, type SourceName } from "@/lib/db/schema";
import { sourceFieldLabels } from "@/lib/sources/provenance";
import { sourceDisplayName } from "@/lib/sources/status";

// The change log as people read it: "김편집 님이 ‘반도체 동향’ 기사를 발행했습니다", with the
// target as a link and one line for a bulk action instead of one per record.

export type AuditRow = {
  entry: {
    id: number;
    action: string;
    entity: string;
    entityId: string | null;
    details: Record<string, unknown> | null;
    createdAt: Date;
  };
  userName: string | null;
};

export type AuditLine = {
  id: number;
  at: Date;
  sentence: string;
  /** What the line is about, linked where the workspace has a page for it. */
  targets: { label: string; href: string | null }[];
  rows: AuditRow[];
};

const nouns = auditEntityLabels;

const editPages: Record<string, string> = {
  issue: "/admin/issues",
  article: "/admin/articles",
  course: "/admin/courses",
  program: "/admin/programs",
};

/** The verb for an object phrase ("‘X’ 기사" or "훈련과정 12개"), past and polite. */
const verbs: Record<string, (object: string, details: Record<string, unknown>) => string> = {
  create: (o) => `${josa(o, "을/를")} 만들었습니다`,
  update: (o) => `${josa(o, "을/를")} 수정했습니다`,
  publish: (o) => `${josa(o, "을/를")} 발행했습니다`,
  unpublish: (o) => `${o}의 발행을 취소했습니다`,
  schedule: (o) => `${o}의 발행을 예약했습니다`,
  "cancel-schedule": (o) => `${o}의 발행 예약을 취소했습니다`,
  "publish-scheduled": (o) => `예약한 때가 되어 ${josa(o, "을/를")} 발행했습니다`,
  move: (o) => `${o}의 순서를 바꿨습니다`,
  transfer: (o, d) =>
    `${josa(o, "을/를")} ${String(d.from)} 호에서 ${String(d.to)} 호로 옮겼습니다`,
  rename: (o, d) =>
    `${o}의 이름을 ‘${String(d.to)}’${josa.pick(String(d.to), "으로/로")} 바꿨습니다 (기사 ${Number(d.articles)}개, 훈련과정 ${Number(d.courses)}개, 지원사업 ${Number(d.programs)}개)`,
  "request-review": (o) => `${o}의 검토를 편집자에게 요청했습니다`,
  "share-preview": (o) => `${o}의 검토 링크를 만들었습니다`,
  "revoke-preview": (o) => `${o}의 검토 링크를 취소했습니다`,
  restore: (o) => `${josa(o, "을/를")} 이전 버전으로 되돌렸습니다`,
  delete: (o) => `${josa(o, "을/를")} 삭제했습니다`,
  upload: (o) => `${josa(o, "을/를")} 올렸습니다`,
  trash: (o) => `${josa(o, "을/를")} 휴지통으로 옮겼습니다`,
  untrash: (o) => `${josa(o, "을/를")} 휴지통에서 되살렸습니다`,
  purge: (o) => `휴지통에 ${TRASH_DAYS}일 있던 ${josa(o, "을/를")} 영구 삭제했습니다`,
  disable: (o) => `${josa(o, "을/를")} 사용 중지했습니다`,
  enable: (o) => `${josa(o, "을/를")} 다시 쓸 수 있게 했습니다`,
  role: (o) => `${o}의 역할을 바꿨습니다`,
  "reset-password": (o) => `${o}의 비밀번호를 재설정했습니다`,
  retry: () => "검색 색인에 못 넣은 변경을 다시 보냈습니다",
  reindex: () => "검색 색인을 데이터베이스에서 새로 만들었습니다",
  apply: (o, d) => {
    const added = Array.isArray(d.added) ? d.added.length : 0;
    const updated = Array.isArray(d.updated) ? d.updated.length : 0;
    return `${josa(o, "을/를")} 가져와 적용했습니다 (추가 ${added}개, 변경 ${updated}개)`;
  },
  add: (o) => `${josa(o, "을/를")} 추가했습니다`,
  close: (o) => `${josa(o, "을/를")} 마감으로 처리했습니다`,
  "remove-demo": (o) => `예시 ${josa(o, "을/를")} 모두 지웠습니다 (공식 API 키가 설정됨)`,
  take_source_value: (o, d) =>
    `${o}의 ‘${sourceFieldLabels[String(d.field)] ?? String(d.field ?? "")}’ 항목을 원천이 주는 값으로 되돌렸습니다`,
};

function labelOf(row: AuditRow) {
  const { entity, entityId, details } = row.entry;
  const d = details ?? {};
  const text = d.title ?? d.slug ?? d.email ?? d.file ?? d.externalId;
  if (typeof text === "string" && text) return text;
  return `${nouns[entity] ?? entity} #${entityId ?? "?"}`;
}

function targetOf(row: AuditRow) {
  const { entity, entityId } = row.entry;
  const page = editPages[entity];
  const deleted = /\.(delete|purge)$/.test(row.entry.action);
  return {
    label: labelOf(row),
    href:
      page && entityId && !deleted
        ? `${page}/${entityId}`
        : entity === "user"
          ? "/admin/users"
          : null,
  };
}

function actorOf(row: AuditRow) {
  if (row.userName) return `${row.userName} 님이`;
  const source = row.entry.details?.source;
  if (row.entry.action.startsWith("sync.") && sources.includes(source as SourceName))
    return `${sourceDisplayName(source as SourceName)} 동기화가`;
  return "시스템이";
}

/** Rows of one bulk action: same person, same action, same kind, recorded within seconds. */
const BULK_WINDOW_MS = 5_000;

function sameBulk(a: AuditRow, b: AuditRow) {
  return (
    a.userName === b.userName &&
    a.entry.action === b.entry.action &&
    a.entry.entity === b.entry.entity &&
    Math.abs(a.entry.createdAt.getTime() - b.entry.createdAt.getTime()) <= BULK_WINDOW_MS &&
    ["publish", "unpublish", "schedule", "delete"].includes(a.entry.action.split(".")[1] ?? "")
  );
}

/** One readable line per action, newest first as the rows come. */
export function auditLines(rows: AuditRow[]): AuditLine[] {
  const groups: AuditRow[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && sameBulk(last[0]!, row)) last.push(row);
    else groups.push([row]);
  }
  return groups.map((group) => {
    const first = group[0]!;
    const { action, entity, details } = first.entry;
    const verb = action.split(".")[1] ?? action;
    const noun = nouns[entity] ?? entity;
    // A sync records one row per batch, naming the records it touched (its updates with the
    // fields each changed).
    const listed = Array.isArray(details?.externalIds)
      ? (details.externalIds as string[])
      : Array.isArray(details?.changes)
        ? (details.changes as { id: string }[]).map((change) => change.id)
        : null;
    const count = listed ? listed.length : group.length;
    const targets = listed ? listed.map((id) => ({ label: id, href: null })) : group.map(targetOf);
    const object = count === 1 && !listed ? `‘${targets[0]!.label}’ ${noun}` : `${noun} ${count}개`;
    const phrase = (verbs[verb] ?? ((o: string) => `${o}에 ‘${action}’ 작업을 했습니다`))(
      entity === "import" ? `‘${labelOf(first)}’ 파일` : object,
      details ?? {},
    );
    return {
      id: first.entry.id,
      at: first.entry.createdAt,
      sentence: `${actorOf(first)} ${phrase}`,
      targets,
      rows: group,
    };
  });
}
