import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Program } from "@/lib/db/schema";
import {
  applicationStatus,
  applicationStatusLabel,
  daysLeft,
  dDayLabel,
  type ApplicationStatus,
} from "@/lib/programs/derive";

/** A status's colour wherever a program's status is shown. */
export const applicationStatusTone: Record<ApplicationStatus, BadgeTone> = {
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
      <Badge tone={applicationStatusTone[status]}>{applicationStatusLabel(program, status)}</Badge>
      {days !== null && <Badge tone={days <= 7 ? "red" : "amber"}>{dDayLabel(days)}</Badge>}
    </>
  );
}
