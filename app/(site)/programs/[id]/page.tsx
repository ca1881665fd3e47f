import type { Metadata } from "next";
import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { movedOrNotFound } from "@/lib/routes/moved";
import { notFoundMetadata, pageMetadata } from "@/lib/metadata";
import { Link } from "@/components/navigation/link";
import { ApplicationStatusBadge } from "@/components/programs/application-status-badge";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { FactList } from "@/components/ui/fact-list";
import { JsonLd } from "@/components/ui/json-ld";
import { TagList } from "@/components/ui/tag-list";
import { josa } from "es-hangul";
import { actionLinkClass } from "@/components/ui/action-link";
import { formatDate, todayInSeoul } from "@/lib/dates/dates";
import { formatKrw } from "@/lib/format/format";
import {
  applicationStatus,
  applicationStatusLabel,
  hasApplicationDeadline,
} from "@/lib/programs/derive";
import { eligibilitySummary } from "@/lib/programs/eligibility";
import { publishedProgram } from "@/lib/programs/cached";
import { openProgramsLike, type ProgramWithArticle } from "@/lib/programs/queries";
import { ProgramCard } from "@/components/programs/program-card";
import { demoProgramSite } from "@/lib/sources/demo/catalog";
import { officialLink } from "@/lib/sources/official-link";
import { buildPlaceholder } from "@/lib/routes/build-placeholder";
import {
  eligibilityCheckPath,
  programDeadlinePath,
  programPath,
  programsPath,
} from "@/lib/routes/public";

export const generateStaticParams = buildPlaceholder("id");

export async function generateMetadata({ params }: PageProps<"/programs/[id]">): Promise<Metadata> {
  const program = await publishedProgram((await params).id);
  if (!program) return notFoundMetadata;
  return pageMetadata({
    title: program.title,
    description: program.summary,
    path: programPath(program),
  });
}

function period(program: {
  applyStart: string | null;
  applyEnd: string | null;
  applyLater: boolean;
  periodInNotice: boolean;
  periodNote: string | null;
}) {
  if (program.applyLater) return program.periodNote ?? "접수 일정 추후 공지";
  if (program.periodInNotice)
    return `${program.periodNote ?? "공고문 참조"} · 신청 기간은 공고문에서 확인하세요`;
  const range =
    program.applyStart && program.applyEnd
      ? `${formatDate(program.applyStart)} ~ ${formatDate(program.applyEnd)}`
      : program.applyEnd
        ? `${formatDate(program.applyEnd)}까지`
        : program.applyStart
          ? `${formatDate(program.applyStart)}부터 상시`
          : "상시 (정해진 마감 없음)";
  return program.periodNote ? `${range} · ${program.periodNote}` : range;
}

export default async function ProgramPage({ params }: PageProps<"/programs/[id]">) {
  const { id } = await params;
  const program = await publishedProgram(id);
  if (!program) return movedOrNotFound(programPath(id));
  return <ProgramView program={program} />;
}

/** Rendered once per change: the status reads today; a closed program lists open ones. */
async function ProgramView({ program }: { program: ProgramWithArticle }) {
  "use cache";
  cacheTag(cacheTags.programs, cacheTags.issues, cacheTags.today);
  const today = todayInSeoul();
  const closed = applicationStatus(program, today) === "closed";
  const summary = eligibilitySummary(program);
  const official = program.url ? officialLink(program.url) : null;
  // A demo sample links nowhere real; it leads to where the real notices are.
  const realSite = program.url || !program.source ? undefined : demoProgramSite[program.source];
  // A closed program offers what a resident can still apply to instead.
  const alternatives = closed ? await openProgramsLike(program, today) : [];

  return (
    <article className="space-y-8">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "GovernmentService",
          name: program.title,
          description: program.summary,
          provider: { "@type": "GovernmentOrganization", name: program.agency },
          audience: { "@type": "Audience", audienceType: program.targetGroups.join(", ") },
          areaServed: program.region,
          ...(program.url && { url: program.url }),
        }}
      />
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={programsPath()} className="text-brand-700 font-bold hover:underline">
            지원사업
          </Link>
          <span className="text-slate-500"> / {program.category}</span>
        </p>
        <div className="flex flex-wrap gap-1.5">
          <ApplicationStatusBadge program={program} today={today} />
          {program.targetGroups.map((group) => (
            <Badge key={group}>{group}</Badge>
          ))}
          {program.isSample && <SampleBadge />}
        </div>
        <h1 className="text-2xl leading-snug font-bold">{program.title}</h1>
        {closed && (
          <p role="note" className="rounded-lg border border-slate-300 bg-slate-100 p-3 font-bold">
            {program.closedAt
              ? `이 사업은 공식 원천에서 내려가거나 접수가 끝나 ${formatDate(todayInSeoul(program.closedAt))}부터 마감으로 표시합니다.`
              : `이 사업은 ${formatDate(program.applyEnd!)}에 ${applicationStatusLabel(program, "closed")}했습니다.`}{" "}
            지금 신청할 수 없습니다.
            {alternatives.length > 0 && (
              <>
                {" "}
                <a href="#alternatives" className="text-brand-700 underline">
                  지금 신청할 수 있는 사업
                </a>
                을 확인하세요.
              </>
            )}
          </p>
        )}
        <p className="text-slate-600">
          {program.agency} · {program.region}
        </p>
        <p className="leading-7">{program.summary}</p>
        {program.isSample && (
          <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            이 사업은 공식 API(기업마당·온통청년)를 연결하기 전에 목록의 모양을 보여 주는 예시
            자료입니다. 기관, 금액, 기간은 실제가 아니며 신청할 수 없습니다. 실제 공고는{" "}
            {realSite?.name ?? "기업마당과 온통청년"}에서 확인하세요.
          </p>
        )}
      </header>

      <section aria-labelledby="facts" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="facts" className="mb-4 text-lg font-bold">
          한눈에 보기
        </h2>
        <FactList
          facts={[
            {
              label: "신청 대상",
              value: (
                <>
                  {summary.length > 0 && <p className="mb-1 font-bold">{summary.join(" · ")}</p>}
                  <p className="whitespace-pre-line">{program.eligibility}</p>
                  {!closed && (
                    <Link
                      href={eligibilityCheckPath}
                      className="text-brand-700 mt-1 inline-block font-bold underline"
                    >
                      내 조건으로 신청 자격 확인하기
                    </Link>
                  )}
                </>
              ),
            },
            { label: "지원 내용", value: program.benefit },
            ...(program.maxAmountKrw !== null
              ? [{ label: "최대 지원액", value: formatKrw(program.maxAmountKrw) }]
              : []),
            {
              label: program.periodKind === "operation" ? "사업 기간" : "신청 기간",
              value: period(program),
            },
            // Closed: the steps are history, kept below behind a disclosure.
            ...(closed ? [] : [{ label: "신청 방법", value: program.howToApply }]),
            ...(program.contact ? [{ label: "문의·신청처", value: program.contact }] : []),
            { label: "소관 기관", value: program.agency },
          ]}
        />
        <div className="mt-5 flex flex-wrap gap-2">
          {official && (
            <a
              href={program.url!}
              rel="noopener"
              // Past its end the page leads with what is still open, not with this link.
              className={actionLinkClass(!closed)}
            >
              {official.label}
            </a>
          )}
          {realSite && (
            <a href={realSite.home} rel="noopener" className={actionLinkClass(!closed)}>
              {realSite.name}에서 실제 공고 찾기
            </a>
          )}
          {hasApplicationDeadline(program) && !closed && (
            <a href={programDeadlinePath(program)} download className={actionLinkClass(false)}>
              캘린더에 추가 (마감일)
            </a>
          )}
        </div>
        {official?.frontPage && (
          <p className="mt-2 text-sm text-slate-600">
            자료에 이 사업 공고문의 주소가 없어 기관 누리집 첫 화면으로 연결합니다. 그곳에서 사업명
            ‘{program.title}’{josa.pick(program.title, "으로/로")} 찾으세요.
          </p>
        )}
        {closed && (
          <details className="mt-5 rounded-lg border border-slate-200 p-3">
            <summary className="cursor-pointer py-2.5 font-bold">지난 신청 방법 보기</summary>
            <p className="mt-2 leading-7 whitespace-pre-line">{program.howToApply}</p>
          </details>
        )}
      </section>

      {alternatives.length > 0 && (
        <section aria-labelledby="alternatives">
          <h2 id="alternatives" className="mb-3 text-lg font-bold">
            지금 신청할 수 있는 사업
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {alternatives.map((other) => (
              <li key={other.id}>
                <ProgramCard program={other} today={today} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {program.article && (
        <section aria-labelledby="article">
          <h2 id="article" className="mb-2 text-lg font-bold">
            관련 기사
          </h2>
          <Link href={program.article.url} className="text-brand-700 font-bold hover:underline">
            {program.article.title}
          </Link>
        </section>
      )}

      <TagList tags={program.tags} />
    </article>
  );
}
