import { formatDateTime } from "@/lib/dates/dates";
import { purgeDate, TRASH_DAYS } from "@/lib/bulletin/trash";
import { RestoreFromTrashForm } from "./trash-controls";

/** What an article's or issue's page says about the trash: just moved, just back, or in it. */
export function TrashNotice({
  trashed,
  untrashed,
  inTrash,
}: {
  trashed?: boolean;
  /** Just restored; "due": its scheduled time passed in the trash, so it went live at once. */
  untrashed?: boolean | "due";
  inTrash?: {
    target: { entity: "article" | "issue"; id: number };
    what: string;
    deletedAt: Date;
    /** Restoring is an editor's; a contributor is told where the item is and who can. */
    canRestore: boolean;
  };
}) {
  return (
    <>
      {trashed && (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          휴지통으로 옮겼습니다. 공개 화면과 검색에서 빠졌고, {TRASH_DAYS}일 안에는 소식지 목록 아래
          휴지통에서 되살릴 수 있습니다.
        </p>
      )}
      {untrashed && (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          {untrashed === "due"
            ? "휴지통에서 되살렸습니다. 휴지통에 있는 동안 예약한 때가 지나, 되살리자마자 발행되었습니다. 원하지 않았다면 발행을 취소하세요."
            : "휴지통에서 되살렸습니다. 지우기 전의 발행 상태로 돌아갔습니다."}
        </p>
      )}
      {inTrash && (
        <div role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <p className="mb-2">
            휴지통에 있는 {inTrash.what}입니다. 공개 화면에서 빠져 있고,{" "}
            {formatDateTime(purgeDate(inTrash.deletedAt))}에 영구 삭제됩니다.
          </p>
          {inTrash.canRestore ? (
            <RestoreFromTrashForm target={inTrash.target} label={`${inTrash.what} 되살리기`} />
          ) : (
            <p>되살리려면 편집자에게 부탁하세요.</p>
          )}
        </div>
      )}
    </>
  );
}
