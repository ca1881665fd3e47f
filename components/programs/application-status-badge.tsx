import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Program } from "@/lib/db/schema";
import {
  applicationStatus,
  applicationStatusLabel,
  daysLeft,
  dDayLabel,
  type ApplicationStatus,
} from "@/lib/programs/derive";

const tone: Record<ApplicationStatus, BadgeTone> = {
  open: "green",
  upcoming: "brand",
  closed: "neutral",
  always: "brand",
  notice: "amber",
};

export function ApplicationStatusBadge({
  program,
  today,
}: {
  program: Pick<
    Program,
    "applyStart" | "applyEnd" | "applyLater" | "periodInNotice" | "closedAt" | "periodKind"
  >;
  today: string;
}) {
  const status = applicationStatus(program, today);
  const days = daysLeft(program, today);
  return (
    <>
      <Badge tone={tone[status]}>{applicationStatusLabel(program, status)}</Badge>
      {days !== null && <Badge tone={days <= 7 ? "red" : "amber"}>{dDayLabel(days)}</Badge>}
    </>
  );
}
