const tones = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  brand: "bg-brand-50 text-brand-700 ring-brand-100",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-300",
  red: "bg-rose-50 text-rose-800 ring-rose-200",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({
  tone = "neutral",
  children,
  title,
}: {
  tone?: BadgeTone;
  children: React.ReactNode;
  title?: string;
}) {
  return (
    <span title={title} className={`badge ${tones[tone]}`}>
      {children}
    </span>
  );
}

export function SampleBadge() {
  return (
    <Badge tone="amber" title="실제 과정이 아닌 예시 자료입니다">
      예시
    </Badge>
  );
}
