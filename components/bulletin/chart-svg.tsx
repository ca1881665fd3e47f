import { scaleBand, scaleLinear, scalePoint } from "@visx/scale";
import { Pie } from "@visx/shape";
import { chartValueFormat, type Chart } from "@/lib/bulletin/chart";
import { formatNumber } from "@/lib/format/format";

// Drawn on the server: the page ships SVG, no charting JavaScript. Colours keep 3:1 against white.
const palette = [
  "#174c99",
  "#c2410c",
  "#047857",
  "#7c3aed",
  "#b91c1c",
  "#0e7490",
  "#a16207",
  "#be185d",
];
// Two drawings of each chart, chosen by CSS: the wide one scales down with the page, so on a
// phone it is drawn again at about the phone's width, where its text stays at least 11 px tall.
type Layout = {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  fontSize: number;
  /** Values printed by the bars and points. */
  valueFontSize: number;
  /** Category labels turned to fit a narrow axis (degrees; 0 keeps them level). */
  labelAngle: number;
};
const wide: Layout = {
  width: 640,
  height: 320,
  margin: { top: 16, right: 16, bottom: 56, left: 56 },
  // 12 units: the wide drawing is shown from 640 px, where the article's column (about 605 px)
  // draws it at 0.95 of its size, still 11.3 px.
  fontSize: 12,
  valueFontSize: 12,
  labelAngle: 0,
};
const phone: Layout = {
  width: 340,
  height: 340,
  margin: { top: 20, right: 12, bottom: 96, left: 48 },
  fontSize: 13,
  valueFontSize: 13,
  labelAngle: -40,
};
const inner = (layout: Layout) => ({
  width: layout.width - layout.margin.left - layout.margin.right,
  height: layout.height - layout.margin.top - layout.margin.bottom,
});
// Coordinates to a tenth of a unit, far below a pixel: the page carries each drawing twice (HTML
// and React's data), and full-precision numbers and library markup were half of its weight.
const round = (value: number) => Math.round(value * 10) / 10;
const axisColor = "#94a3b8";
const TICK_LENGTH = 8;

function Legend({ names }: { names: string[] }) {
  if (names.length < 2) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
      {names.map((name, i) => (
        <li key={name} className="flex items-center gap-1.5">
          <span
            className="inline-block size-3 rounded-sm"
            style={{ background: palette[i % palette.length] }}
          />
          {name}
        </li>
      ))}
    </ul>
  );
}

function valueScale(chart: Chart, layout: Layout) {
  const values = chart.series.flatMap((s) => s.data);
  const min = Math.min(0, ...values);
  const max = Math.max(...values);
  return scaleLinear<number>({
    domain: [min, max === min ? min + 1 : max],
    range: [inner(layout).height, 0],
    nice: true,
  });
}

/** The value axis on the left and the category axis below, with a tick and label for each. */
function Axes({
  chart,
  layout,
  y,
  x,
}: {
  chart: Chart;
  layout: Layout;
  y: ReturnType<typeof valueScale>;
  /** Where a category's tick stands (the band's middle for bars, the point for lines). */
  x: (category: string) => number;
}) {
  const { width, height } = inner(layout);
  const ticks = y.ticks(5).map((value) => ({ value, at: round(y(value)) }));
  const categories = chart.categories.map((category) => ({ category, at: round(x(category)) }));
  const turned = layout.labelAngle !== 0;
  const labelY = TICK_LENGTH + layout.fontSize + (turned ? 4 : 0);
  return (
    <>
      <g stroke={axisColor} strokeLinecap="square" shapeRendering="crispEdges">
        <line x1={0} y1={height + 0.5} x2={0} y2={0.5} />
        {ticks.map(({ value, at }) => (
          <line key={value} x1={0} y1={at} x2={-TICK_LENGTH} y2={at} />
        ))}
        <line x1={0.5} y1={height} x2={width + 0.5} y2={height} />
        {categories.map(({ at }, i) => (
          <line key={i} x1={at} y1={height} x2={at} y2={height + TICK_LENGTH} />
        ))}
      </g>
      <g fontSize={layout.fontSize} fill="#334155">
        <g textAnchor="end">
          {ticks.map(({ value, at }) => (
            <text key={value} x={-TICK_LENGTH - 4} y={at} dy="0.25em">
              {formatNumber(value)}
            </text>
          ))}
        </g>
        <g textAnchor={turned ? "end" : "middle"} transform={`translate(0, ${height})`}>
          {categories.map(({ category, at }, i) => (
            // A turned label turns about its end, which sits under the tick.
            <text
              key={i}
              x={at}
              y={labelY}
              dy={turned ? "0.355em" : "0.25em"}
              transform={turned ? `rotate(${layout.labelAngle}, ${at}, ${labelY})` : undefined}
            >
              {category}
            </text>
          ))}
        </g>
      </g>
    </>
  );
}

function Bars({ chart, layout }: { chart: Chart; layout: Layout }) {
  const formatValue = chartValueFormat(chart);
  const x = scaleBand<string>({
    domain: chart.categories,
    range: [0, inner(layout).width],
    padding: 0.25,
  });
  const band = scaleBand<string>({
    domain: chart.series.map((s) => s.name),
    range: [0, x.bandwidth()],
    padding: 0.1,
  });
  const y = valueScale(chart, layout);
  return (
    <g transform={`translate(${layout.margin.left}, ${layout.margin.top})`}>
      {chart.series.map((series, si) =>
        series.data.map((value, ci) => {
          const top = y(Math.max(0, value));
          const height = Math.abs(y(value) - y(0));
          const left = (x(chart.categories[ci]!) ?? 0) + (band(series.name) ?? 0);
          return (
            <g key={`${si}-${ci}`}>
              <rect
                x={round(left)}
                y={round(top)}
                width={round(band.bandwidth())}
                height={round(height)}
                fill={palette[si % palette.length]}
              />
              <text
                x={round(left + band.bandwidth() / 2)}
                y={round(top - 4)}
                textAnchor="middle"
                fontSize={layout.valueFontSize}
                fill="#0f172a"
              >
                {formatValue(value)}
              </text>
            </g>
          );
        }),
      )}
      <Axes
        chart={chart}
        layout={layout}
        y={y}
        x={(category) => (x(category) ?? 0) + x.bandwidth() / 2}
      />
    </g>
  );
}

function Lines({ chart, layout }: { chart: Chart; layout: Layout }) {
  const formatValue = chartValueFormat(chart);
  const x = scalePoint<string>({
    domain: chart.categories,
    range: [0, inner(layout).width],
    padding: 0.3,
  });
  const y = valueScale(chart, layout);
  return (
    <g transform={`translate(${layout.margin.left}, ${layout.margin.top})`}>
      {chart.series.map((series, si) => {
        const points = series.data.map((value, ci) => ({
          x: round(x(chart.categories[ci]!) ?? 0),
          y: round(y(value)),
          value,
        }));
        const color = palette[si % palette.length];
        return (
          <g key={series.name}>
            <path
              d={`M${points.map((p) => `${p.x},${p.y}`).join("L")}`}
              fill="none"
              stroke={color}
              strokeWidth={2.5}
            />
            {points.map((p, i) => (
              <g key={i}>
                <circle cx={p.x} cy={p.y} r={3.5} fill={color} />
                <text
                  x={p.x}
                  y={round(p.y - 8)}
                  textAnchor="middle"
                  fontSize={layout.valueFontSize}
                  fill="#0f172a"
                >
                  {formatValue(p.value)}
                </text>
              </g>
            ))}
          </g>
        );
      })}
      <Axes chart={chart} layout={layout} y={y} x={(category) => x(category) ?? 0} />
    </g>
  );
}

function Donuts({ chart }: { chart: Chart }) {
  const formatValue = chartValueFormat(chart);
  const size = 240;
  const radius = size / 2 - 8;
  return (
    <div className="flex flex-wrap justify-center gap-6">
      {chart.series.map((series) => (
        <figure key={series.name} className="m-0 text-center">
          <svg
            viewBox={`0 0 ${size} ${size}`}
            width="100%"
            style={{ maxWidth: size }}
            aria-hidden="true"
          >
            <g transform={`translate(${size / 2}, ${size / 2})`}>
              <Pie
                data={series.data.map((value, i) => ({ value, i }))}
                pieValue={(d) => d.value}
                outerRadius={radius}
                innerRadius={radius * 0.55}
                padAngle={0.01}
              >
                {(pie) =>
                  pie.arcs.map((arc) => {
                    const [cx, cy] = pie.path.centroid(arc);
                    const share = (arc.endAngle - arc.startAngle) / (2 * Math.PI);
                    return (
                      <g key={arc.index}>
                        <path
                          d={(pie.path(arc) ?? "").replace(/-?\d*\.\d+(?:e-?\d+)?/g, (number) =>
                            String(round(Number(number))),
                          )}
                          fill={palette[arc.data.i % palette.length]}
                        />
                        {share > 0.04 && (
                          <text
                            x={round(cx)}
                            y={round(cy)}
                            textAnchor="middle"
                            dominantBaseline="middle"
                            fontSize={12}
                            fill="#ffffff"
                            fontWeight={700}
                          >
                            {formatValue(arc.data.value)}
                          </text>
                        )}
                      </g>
                    );
                  })
                }
              </Pie>
            </g>
          </svg>
          <figcaption className="text-sm font-bold">{series.name}</figcaption>
        </figure>
      ))}
    </div>
  );
}

/** The chart as SVG; assistive technology reads the data table that accompanies it instead. */
export function ChartSvg({ chart }: { chart: Chart }) {
  if (chart.type === "donut") {
    return (
      <div>
        <Donuts chart={chart} />
        <Legend names={chart.categories} />
      </div>
    );
  }
  return (
    <div>
      {[
        { layout: wide, className: "hidden sm:block" },
        { layout: phone, className: "sm:hidden" },
      ].map(({ layout, className }) => (
        <svg
          key={layout.width}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          className={`h-auto max-w-full ${className}`}
          aria-hidden="true"
        >
          {chart.type === "line" ? (
            <Lines chart={chart} layout={layout} />
          ) : (
            <Bars chart={chart} layout={layout} />
          )}
        </svg>
      ))}
      <Legend names={chart.series.map((s) => s.name)} />
    </div>
  );
}
