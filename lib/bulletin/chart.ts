import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { z } from "zod";

export const chartTypes = ["bar", "groupedBar", "line", "donut"] as const;

// A chart is data in the article's Markdown (a ```chart block), so it is searchable, diffable and
// rendered on the server; the same schema checks it on preview and on publish.
export const chartSchema = z
  .strictObject({
    type: z.enum(chartTypes),
    title: z.string().min(1).max(200),
    caption: z.string().max(50).optional(),
    unit: z.string().max(30).optional(),
    categories: z.array(z.string().min(1).max(60)).min(1).max(60),
    series: z
      .array(
        z.strictObject({ name: z.string().min(1).max(60), data: z.array(z.number().finite()) }),
      )
      .min(1)
      .max(8),
    source: z.string().max(300).optional(),
    note: z.string().max(500).optional(),
    /** Decimal places every value is printed with; by default the most any value has (70.0, 4.0). */
    decimals: z.number().int().min(0).max(4).optional(),
  })
  .superRefine((chart, ctx) => {
    chart.series.forEach((series, i) => {
      if (series.data.length !== chart.categories.length) {
        ctx.addIssue({
          code: "custom",
          path: ["series", i, "data"],
          message: `series "${series.name}" has ${series.data.length} values for ${chart.categories.length} categories`,
        });
      }
    });
  });

export type Chart = z.infer<typeof chartSchema>;

const decimalsOf = (value: number) => (String(value).split(".")[1] ?? "").length;

/**
 * How a chart prints its values: all with the same decimal places, as the bulletin prints them
 * (a series of 70.0, 7.7, 18.5 shows 70.0, not 70).
 */
export function chartValueFormat(chart: Chart): (value: number) => string {
  const decimals =
    chart.decimals ?? Math.max(0, ...chart.series.flatMap((series) => series.data.map(decimalsOf)));
  const format = new Intl.NumberFormat("ko-KR", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return (value) => format.format(value);
}

export type ChartParseResult = { ok: true; chart: Chart } | { ok: false; error: string };

export function parseChart(source: string): ChartParseResult {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { ok: false, error: `JSON 형식이 올바르지 않습니다: ${(error as Error).message}` };
  }
  const result = chartSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, error: `${issue.path.join(".") || "chart"}: ${issue.message}` };
  }
  return { ok: true, chart: result.data };
}

type MarkdownNode = {
  type: string;
  lang?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MarkdownNode[];
};

/**
 * Every malformed ```chart block in an article, with the Markdown line it starts on, so
 * publishing can refuse the article and say where to look (the preview shows them inline).
 */
export function chartBlockErrors(markdown: string): { line: number; error: string }[] {
  const errors: { line: number; error: string }[] = [];
  const walk = (node: MarkdownNode) => {
    if (node.type === "code" && node.lang === "chart") {
      const result = parseChart(node.value ?? "");
      if (!result.ok) errors.push({ line: node.position?.start.line ?? 0, error: result.error });
    }
    node.children?.forEach(walk);
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown) as MarkdownNode);
  return errors;
}
