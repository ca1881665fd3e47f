import { Badge, type BadgeTone } from "@/components/ui/badge";
import { publicationStatusLabels, type PublicationStatus } from "@/lib/admin/statuses";

const tones: Record<PublicationStatus, BadgeTone> = {
  draft: "neutral",
  scheduled: "amber",
  published: "green",
};

export function StatusBadge({ status }: { status: PublicationStatus }) {
  return <Badge tone={tones[status]}>{publicationStatusLabels[status]}</Badge>;
}
