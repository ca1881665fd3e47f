const entityLabels: Record<string, string> = {
  issue: "호",
  article: "기사",
  course: "훈련과정",
  program: "지원사업",
  user: "사용자",
  search: "검색 색인",
  import: "가져오기",
};

const verbLabels: Record<string, string> = {
  create: "만듦",
  update: "수정",
  publish: "발행",
  unpublish: "발행 취소",
  schedule: "발행 예약",
  "cancel-schedule": "예약 취소",
  "publish-scheduled": "예약 발행",
  move: "순서 변경",
  restore: "버전 되돌리기",
  delete: "삭제",
  disable: "사용 중지",
  enable: "다시 사용",
  role: "역할 변경",
  "reset-password": "비밀번호 재설정",
  retry: "재시도",
  reindex: "전체 재색인",
  apply: "적용",
};

export const auditEntityOptions = Object.entries(entityLabels).map(([value, label]) => ({
  value,
  label,
}));

/** "article.publish" → "기사 발행". */
export function auditActionLabel(action: string) {
  const [entity = "", verb = ""] = action.split(".");
  return `${entityLabels[entity] ?? entity} ${verbLabels[verb] ?? verb}`;
}
