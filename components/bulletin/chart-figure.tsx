import { chartValueFormat, parseChart, type Chart } from "@/lib/bulletin/chart";
import { ChartSvg } from "./chart-svg";
import { WideTable } from "./wide-table";

function ChartTable({ chart }: { chart: Chart }) {
  const formatValue = chartValueFormat(chart);
  return (
    <WideTable>
      <thead>
        <tr>
          <th scope="col">구분</th>
          {chart.series.map((series) => (
            <th key={series.name} scope="col">
              {series.name}
              {chart.unit && ` (${chart.unit})`}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chart.categories.map((category, row) => (
          <tr key={category}>
            <th scope="row">{category}</th>
            {chart.series.map((series) => (
              <td key={series.name} className="numeric text-right tabular-nums">
                {formatValue(series.data[row]!)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}

/** A chart block from an article: its data as an accessible table, with caption, source and note. */
export function ChartFigure({ source }: { source: string }) {
  const parsed = parseChart(source);
  if (!parsed.ok) {
    return (
      <div
        role="alert"
        className="my-6 rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900"
      >
        차트를 표시할 수 없습니다. {parsed.line !== null && `차트 블록 ${parsed.line}번째 줄 — `}
        {parsed.error}
      </div>
    );
  }
  const { chart } = parsed;
  return (
    <figure className="my-8">
      <figcaption className="mb-2 font-bold text-slate-900">
        {chart.caption && <span className="mr-1">{chart.caption}</span>}
        {chart.title}
      </figcaption>
      <ChartSvg chart={chart} />
      <div className="mt-3 text-sm">
        <ChartTable chart={chart} />
      </div>
      {(chart.source || chart.note) && (
        <div className="mt-2 space-y-1 text-sm leading-6 text-slate-600">
          {chart.source && <p className="my-0">자료: {chart.source}</p>}
          {chart.note && <p className="my-0">주: {chart.note}</p>}
        </div>
      )}
    </figure>
  );
}
