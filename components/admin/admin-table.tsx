import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * A workspace table of plain column names: scrolls sideways on phones; `emptyMessage`, when given,
 * is shown under the header instead of rows.
 */
export function AdminTable({
  label,
  columns,
  emptyMessage,
  children,
}: {
  label: string;
  columns: string[];
  emptyMessage?: string;
  children: React.ReactNode;
}) {
  return (
    <ScrollRegion label={label}>
      <table className="w-full min-w-3xl text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="p-3">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {emptyMessage && <p className="p-6 text-center text-slate-600">{emptyMessage}</p>}
    </ScrollRegion>
  );
}
