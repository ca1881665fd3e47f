import { Badge } from "@/components/ui/badge";

export const statusLabels = { draft: "초안", scheduled: "예약됨", published: "발행됨" } as const;

const tones = { draft: "neutral", scheduled: "amber", published: "green" } as const;

export function StatusBadge({ status }: { status: keyof typeof statusLabels }) {
  return <Badge tone={tones[status]}>{statusLabels[status]}</Badge>;
}
