/** The look of a control in a workspace list's GET filter bar. */
export const filterControlClass = "min-h-11 rounded-md border border-slate-300 bg-white px-3";

/** One labelled control in a workspace list's filter bar. */
export function FilterField({
  id,
  label,
  children,
}: {
  id: string;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-bold">
        {label}
      </label>
      {children}
    </div>
  );
}
