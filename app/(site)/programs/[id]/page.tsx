import type { Metadata } from "next";
import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { movedOrNotFound } from "@/lib/routes/moved";
import { pageMetadata } from "@/lib/metadata";
import Link from "next/link";
import { ApplicationStatusBadge } from "@/components/programs/application-status-badge";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { FactList } from "@/components/ui/fact-list";
import { JsonLd } from "@/components/ui/json-ld";
import { TagList } from "@/components/ui/tag-list";
import { formatDate, todayInSeoul } from "@/lib/dates/dates";
import { formatKrw } from "@/lib/format/format";
import { applicationStatus } from "@/lib/programs/derive";
import { eligibilitySummary } from "@/lib/programs/eligibility";
import { publishedProgram } from "@/lib/programs/cached";
import { openProgramsLike, type ProgramWithArticle } from "@/lib/programs/queries";
import { ProgramCard } from "@/components/programs/program-card";
import { buildPlaceholder } from "@/lib/routes/build-placeholder";
import { eligibilityCheckPath, programDeadlinePath, programPath } from "@/lib/routes/public";

export const generateStaticParams = buildPlaceholder("id");

export async function generateMetadata({ params }: PageProps<"/programs/[id]">): Promise<Metadata> {
  const program = await publishedProgram((await params).id);
  if (!program) return {};
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
  periodNote: string | null;
}) {
  if (program.applyLater) return program.periodNote ?? "접수 일정 추후 공지";
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

/** Says where the official link goes: the notice on 기업마당, the policy on 온통청년, or another site. */
function officialLinkLabel(url: string) {
  const host = URL.canParse(url) ? new URL(url).hostname : "";
  if (host.endsWith("bizinfo.go.kr")) return "기업마당 공고문 보기";
  if (host.endsWith("youthcenter.go.kr")) return "온통청년 정책 안내 보기";
  return `공식 안내 보기 (${host.replace(/^www\./, "") || "외부 사이트"})`;
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
          <Link href="/programs" className="text-brand-700 font-bold hover:underline">
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
              ? `이 사업은 원천 목록에서 내려가 ${formatDate(todayInSeoul(program.closedAt))}부터 마감으로 표시합니다.`
              : `이 사업은 ${formatDate(program.applyEnd!)}에 마감했습니다.`}{" "}
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
            자료입니다. 기관, 금액, 기간은 실제가 아닙니다. 실제 공고는 기업마당과 온통청년에서
            확인하세요.
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
            { label: "신청 기간", value: period(program) },
            // Closed: the steps are history, kept below behind a disclosure.
            ...(closed ? [] : [{ label: "신청 방법", value: program.howToApply }]),
            ...(program.contact ? [{ label: "문의·신청처", value: program.contact }] : []),
            { label: "소관 기관", value: program.agency },
          ]}
        />
        <div className="mt-5 flex flex-wrap gap-2">
          {program.url && (
            <a
              href={program.url}
              rel="noopener"
              className="bg-brand-700 hover:bg-brand-900 inline-flex min-h-11 items-center rounded-lg px-4 font-bold text-white"
            >
              {officialLinkLabel(program.url)}
            </a>
          )}
          {program.applyEnd && applicationStatus(program, today) !== "closed" && (
            <a
              href={programDeadlinePath(program)}
              download
              className="border-brand-700 text-brand-700 hover:bg-brand-50 inline-flex min-h-11 items-center rounded-lg border px-4 font-bold"
            >
              캘린더에 추가 (마감일)
            </a>
          )}
        </div>
        {closed && (
          <details className="mt-5 rounded-lg border border-slate-200 p-3">
            <summary className="min-h-6 cursor-pointer font-bold">지난 신청 방법 보기</summary>
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
