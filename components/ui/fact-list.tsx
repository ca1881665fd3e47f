/** A two-column list of labelled facts, stacked on phones. */
export function FactList({ facts }: { facts: { label: string; value: React.ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="text-sm font-bold text-slate-500">{fact.label}</dt>
          <dd className="-mt-2 sm:mt-0">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
