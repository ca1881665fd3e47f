import { Link } from "@/components/navigation/link";
import { Badge, SampleBadge } from "@/components/ui/badge";
import type { Program } from "@/lib/db/schema";
import { formatKrw } from "@/lib/format/format";
import { ApplicationStatusBadge } from "./application-status-badge";
import { programPath } from "@/lib/routes/public";
import { periodLine } from "@/lib/programs/derive";

export function ProgramCard({ program, today }: { program: Program; today: string }) {
  const period = periodLine(program, today);
  return (
    <article className="card">
      <div className="flex flex-wrap items-center gap-1.5">
        <ApplicationStatusBadge program={program} today={today} />
        <Badge>{program.category}</Badge>
        {program.isSample && <SampleBadge />}
      </div>
      <h3 className="text-base leading-6 font-bold">
        <Link href={programPath(program)} className="card-link">
          {program.title}
        </Link>
      </h3>
      <p className="text-sm text-slate-600">
        {program.agency} · {program.targetGroups.join(", ")}
      </p>
      <p className="text-sm leading-6 text-slate-700">{program.summary}</p>
      <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {program.maxAmountKrw !== null && (
          <>
            <dt>최대 지원</dt>
            <dd>{formatKrw(program.maxAmountKrw)}</dd>
          </>
        )}
        <dt>{period.label}</dt>
        <dd>{period.value}</dd>
      </dl>
    </article>
  );
}
