import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { z } from "zod";
import { parseMediaImagePath } from "@/lib/media/paths";

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
          message: `항목(categories)이 ${chart.categories.length}개인데 값이 ${series.data.length}개입니다`,
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

/** A broken chart: what is wrong in Korean, and the line of the block where to look (from 1). */
export type ChartParseResult =
  { ok: true; chart: Chart } | { ok: false; error: string; line: number | null };

const fieldLabels: Record<string, string> = {
  type: "종류(type)",
  title: "제목(title)",
  caption: "캡션(caption)",
  unit: "단위(unit)",
  categories: "항목(categories)",
  series: "계열(series)",
  name: "이름(name)",
  data: "값(data)",
  source: "자료(source)",
  note: "주(note)",
  decimals: "소수 자릿수(decimals)",
};

const kinds: Record<string, string> = {
  string: "따옴표로 감싼 글자로",
  number: "따옴표 없는 숫자로",
  array: "목록([ ])으로",
  object: "묶음({ })으로",
  int: "정수로",
};

/** series.0.data.2 → "계열 1 ‘인천’의 값(data) 3번째" */
function fieldName(path: PropertyKey[], json: unknown): string {
  const parts: string[] = [];
  let node = json as Record<string, unknown> | unknown[] | undefined;
  path.forEach((key, i) => {
    const value =
      node && typeof node === "object"
        ? (node as Record<string, unknown>)[key as string]
        : undefined;
    if (typeof key === "number") {
      const name =
        path[i - 1] === "series" && value && typeof value === "object" && "name" in value
          ? ` ‘${String((value as { name: unknown }).name)}’`
          : "";
      parts.push(path[i - 1] === "series" ? `${key + 1}${name}의` : `${key + 1}번째`);
    } else {
      parts.push(fieldLabels[String(key)] ?? String(key));
    }
    node = value as typeof node;
  });
  return parts.join(" ").replace(/계열\(series\) (\d+)/, "계열 $1") || "차트";
}

const valueAt = (json: unknown, path: PropertyKey[]) =>
  path.reduce<unknown>(
    (node, key) =>
      node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    json,
  );

function issueMessage(issue: z.core.$ZodIssue, json: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return valueAt(json, issue.path) === undefined
        ? "빠져 있습니다"
        : `${kinds[issue.expected] ?? issue.expected} 적어야 합니다`;
    case "too_small":
      return issue.origin === "array"
        ? `${String(issue.minimum)}개 이상이어야 합니다`
        : issue.origin === "string"
          ? "비어 있으면 안 됩니다"
          : `${String(issue.minimum)} 이상이어야 합니다`;
    case "too_big":
      return issue.origin === "array"
        ? `${String(issue.maximum)}개까지 쓸 수 있습니다`
        : issue.origin === "string"
          ? `${String(issue.maximum)}자까지 쓸 수 있습니다`
          : `${String(issue.maximum)} 이하여야 합니다`;
    case "invalid_value":
      return `${issue.values.map(String).join(", ")} 가운데 하나여야 합니다`;
    case "unrecognized_keys":
      return `알 수 없는 항목입니다: ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}

const lineAt = (source: string, index: number) => source.slice(0, index).split("\n").length;

/**
 * The line of the block a problem is on: where a JSON error's position falls, or where the field
 * the path names is written (the nth "data" for series n), else null (the whole block).
 */
function lineOfPath(source: string, path: PropertyKey[], keys: string[] = []): number | null {
  const named = [...keys, ...path.filter((key): key is string => typeof key === "string")];
  const key = named.at(-1);
  if (!key) return null;
  const seriesIndex = path[0] === "series" && typeof path[1] === "number" ? path[1] : 0;
  let at = -1;
  for (let n = 0; n <= (key === "name" || key === "data" ? seriesIndex : 0); n++) {
    at = source.indexOf(`"${key}"`, at + 1);
    if (at < 0) return null;
  }
  return lineAt(source, at);
}

export function parseChart(source: string): ChartParseResult {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? lineAt(source, Number(position[1])) : null;
    return {
      ok: false,
      error: 'JSON 형식이 올바르지 않습니다. 쉼표, 따옴표("), 괄호가 짝이 맞는지 확인하세요',
      line,
    };
  }
  const result = chartSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    return {
      ok: false,
      error: `${fieldName(issue.path, json)}: ${issueMessage(issue, json)}`,
      line: lineOfPath(source, issue.path, keys),
    };
  }
  return { ok: true, chart: result.data };
}

type MarkdownNode = {
  type: string;
  lang?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  position?: { start: { line: number } };
  children?: MarkdownNode[];
};

export type BodyBlockError = { line: number; block: "차트 블록" | "그림"; error: string };

/**
 * What must be fixed in an article before it is published, with the Markdown line to look at:
 * every malformed ```chart block, and every uploaded figure without a description for screen
 * readers or with an address that names no image size (the preview shows them inline).
 */
export function bodyBlockErrors(markdown: string): BodyBlockError[] {
  const errors: BodyBlockError[] = [];
  const walk = (node: MarkdownNode) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === "code" && node.lang === "chart") {
      const result = parseChart(node.value ?? "");
      // The fence is the block's line 0, so the JSON's line n is the article's fence line + n.
      if (!result.ok)
        errors.push({ line: line + (result.line ?? 0), block: "차트 블록", error: result.error });
    }
    if (node.type === "image" && node.url?.startsWith("/media/")) {
      if (!parseMediaImagePath(node.url))
        errors.push({
          line,
          block: "그림",
          error:
            "주소가 올린 이미지의 주소가 아닙니다. 이미지 라이브러리에서 마크다운을 다시 복사하세요",
        });
      else if (!node.alt?.trim())
        errors.push({
          line,
          block: "그림",
          error: "그림을 설명하는 대체 텍스트가 없습니다. ![ ]의 괄호 안에 그림의 내용을 적으세요",
        });
    }
    node.children?.forEach(walk);
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown) as MarkdownNode);
  return errors;
}
