/** A box that scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white"
    >
      {children}
    </div>
  );
}
