import { ActionForm, SubmitButton } from "@/components/admin/action-form";
import { AdminTable } from "@/components/admin/admin-table";
import { AdminPageHeader } from "@/components/admin/page-header";
import { SourceSyncForm } from "@/components/admin/sources/source-sync-form";
import { SyncRunDetails } from "@/components/admin/sources/sync-run-details";
import { editorForPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/dates";
import { env } from "@/lib/env";
import { previewSourceSync } from "@/lib/sources/actions";
import { nextScheduledSync } from "@/lib/sources/run";
import { demoOf } from "@/lib/sources/demo/catalog";
import { sourceStatuses } from "@/lib/sources/status";

export const metadata = { title: "데이터 연계" };

const outcomeLabels = {
  running: "진행 중",
  ok: "완료",
  held: "멈춤 (승인 필요)",
  failed: "실패",
} as const;

function duration(startedAt: Date, finishedAt: Date | null) {
  if (!finishedAt) return "—";
  const seconds = (finishedAt.getTime() - startedAt.getTime()) / 1000;
  return seconds < 60
    ? `${seconds.toFixed(1)}초`
    : `${Math.floor(seconds / 60)}분 ${Math.round(seconds % 60)}초`;
}

export default async function SourcesPage() {
  const editor = await editorForPage();
  const sources = await sourceStatuses();
  const nextRun = nextScheduledSync(env.SYNC_SCHEDULE);
  return (
    <>
      <AdminPageHeader title="데이터 연계" />
      <p className="mb-6 max-w-3xl text-slate-700">
        공식 API에서 훈련과정과 지원사업을 가져옵니다.{" "}
        {nextRun
          ? `다음 자동 동기화는 ${formatDateTime(nextRun)}입니다`
          : "자동 동기화는 꺼져 있습니다"}{" "}
        (<code>SYNC_SCHEDULE={env.SYNC_SCHEDULE}</code>, 한국 시각). 여기서 미리 보기(아무것도
        바꾸지 않음)를 할 수 있고,{" "}
        {editor.role === "admin"
          ? "지금 동기화도 할 수 있습니다."
          : "지금 동기화는 관리자가 합니다."}{" "}
        원천에서 사라진 항목은 지우지 않고 종료·마감으로 표시하며, 편집자가 고친 항목은 원천 값으로
        덮어쓰지 않습니다.
      </p>
      <div className="space-y-10">
        {sources.map((source) => {
          const latest = source.runs[0];
          // The approve button answers the latest real run, when the safety checks held it.
          const lastRun = source.runs.find((run) => !run.dryRun && run.outcome !== "running");
          return (
            <section
              key={source.source}
              aria-labelledby={`source-${source.source}`}
              className="space-y-4"
            >
              <h2 id={`source-${source.source}`} className="text-xl font-bold">
                {source.name}{" "}
                <span className="text-base font-normal text-slate-600">→ {source.feeds}</span>
              </h2>
              <p className="text-sm">
                {source.keySet ? (
                  <>
                    키 설정됨 (<code>{source.key}</code>). 동기화는 공식 서비스에서 가져옵니다.
                  </>
                ) : source.demo ? (
                  <>
                    키 없음 (<code>{source.key}</code>). 그 대신 예시 데이터(
                    <code>{demoOf[source.source].name}</code>)를 같은 연계 코드로 만들어 보여
                    줍니다. 키를 설정하면 예시는 사라집니다.
                  </>
                ) : (
                  <>
                    키 없음 (<code>{source.key}</code>), 예시 데이터도 꺼져 있어 동기화하지
                    않습니다.
                  </>
                )}
              </p>
              <AdminTable
                label={`${source.name} 최근 실행`}
                columns={[
                  "시작",
                  "걸린 시간",
                  "종류",
                  "결과",
                  "추가",
                  "변경",
                  "그대로",
                  "종료",
                  "거부",
                  "요청",
                ]}
                emptyMessage={source.runs.length === 0 ? "아직 실행 기록이 없습니다." : undefined}
              >
                {source.runs.map((run) => (
                  <tr key={run.id} className="border-t border-slate-200 align-top">
                    <td className="p-3 whitespace-nowrap">{formatDateTime(run.startedAt)}</td>
                    <td className="p-3 tabular-nums">{duration(run.startedAt, run.finishedAt)}</td>
                    <td className="p-3">{run.dryRun ? "미리 보기" : "동기화"}</td>
                    <td className="p-3">
                      <span
                        className={
                          run.outcome === "failed" || run.outcome === "held"
                            ? "font-bold text-red-800"
                            : ""
                        }
                      >
                        {outcomeLabels[run.outcome]}
                      </span>
                      {run.message && (
                        <p className="mt-1 text-xs break-all text-slate-700">{run.message}</p>
                      )}
                    </td>
                    {(["added", "changed", "unchanged", "closed", "rejected"] as const).map(
                      (kind) => (
                        <td key={kind} className="p-3 text-right tabular-nums">
                          {run.counts?.[kind]?.toLocaleString("ko-KR") ?? "—"}
                        </td>
                      ),
                    )}
                    <td className="p-3">
                      {/* No one asked: the start-up refresh or the schedule. */}
                      {run.requestedByName ?? "자동"}
                      {run.origin === "file" && " (파일 가져오기)"}
                    </td>
                  </tr>
                ))}
              </AdminTable>
              {latest && (
                <div className="space-y-2">
                  <h3 className="font-bold">
                    마지막 {latest.dryRun ? "미리 보기" : "실행"}의 내용 (
                    {formatDateTime(latest.startedAt)})
                  </h3>
                  <SyncRunDetails
                    feeds={source.source === "work24" ? "course" : "program"}
                    diff={latest.diff}
                    rejected={latest.rejected}
                  />
                </div>
              )}
              {(source.keySet || source.demo) && (
                <div className="flex flex-wrap gap-4">
                  <ActionForm action={previewSourceSync}>
                    <input type="hidden" name="source" value={source.source} />
                    <SubmitButton tone="secondary">미리 보기 (바꾸지 않음)</SubmitButton>
                  </ActionForm>
                  {editor.role === "admin" && (
                    <SourceSyncForm source={source.source} held={lastRun?.outcome === "held"} />
                  )}
                </div>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
