import { Link } from "@/components/navigation/link";
import { recruitmentTone } from "@/components/courses/course-card";
import { applicationStatusTone } from "@/components/programs/application-status-badge";
import { Badge, SampleBadge } from "@/components/ui/badge";
import type { SearchHit } from "@/lib/search/hits";
import { HighlightedText } from "./highlighted-text";
import { hitTypeLabels } from "./hit-type-labels";

// Coloured as on the catalogs' cards; the two kinds' codes do not overlap.
const statusTones = { ...recruitmentTone, ...applicationStatusTone };

export function SearchHitList({ hits }: { hits: SearchHit[] }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
      {hits.map((hit) => (
        <li key={`${hit.type}-${hit.id}`} className="relative p-4">
          <div className="mb-1 flex flex-wrap gap-1.5">
            <Badge tone="brand">{hitTypeLabels[hit.type]}</Badge>
            {hit.sample && <SampleBadge />}
            {hit.status && (
              <Badge tone={hit.statusCode ? statusTones[hit.statusCode] : "neutral"}>
                {hit.status}
              </Badge>
            )}
            {hit.when && <Badge>{hit.when}</Badge>}
            {hit.meta.slice(0, hit.status ? 2 : 3).map((m) => (
              <Badge key={m}>{m}</Badge>
            ))}
          </div>
          <h3 className="font-bold">
            <Link href={hit.url} className="card-link hover:underline">
              <HighlightedText segments={hit.highlight?.title} fallback={hit.title} />
            </Link>
          </h3>
          {hit.snippet && (
            <p className="mt-1 line-clamp-2 text-sm leading-6 text-slate-600">
              <HighlightedText segments={hit.highlight?.snippet} fallback={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
