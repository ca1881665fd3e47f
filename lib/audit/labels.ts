import { catalogEntityLabels } from "@/lib/catalog/entities";

/** What an audit row is about, as the change log names it. */
export const auditEntityLabels: Record<string, string> = {
  issue: "호",
  article: "기사",
  ...catalogEntityLabels,
  user: "사용자",
  search: "검색 색인",
  import: "가져오기",
  tag: "태그",
  media: "이미지",
};

export const auditEntityOptions = Object.entries(auditEntityLabels).map(([value, label]) => ({
  value,
  label,
}));
