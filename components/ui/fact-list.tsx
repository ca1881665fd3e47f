/** A two-column list of labelled facts, stacked on phones. */
export function FactList({ facts }: { facts: { label: string; value: React.ReactNode }[] }) {
  return (
    // minmax(0, …): a long address or link wraps within the screen instead of widening the column.
    <dl className="grid grid-cols-[minmax(0,1fr)] gap-x-6 gap-y-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="text-sm font-bold text-slate-500">{fact.label}</dt>
          {/* A source's text keeps its line breaks (paragraphs of 지원 내용, an address on a line
              of its own in 신청 방법), and a long address wraps on a phone. */}
          <dd className="-mt-2 break-words whitespace-pre-line sm:mt-0">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
