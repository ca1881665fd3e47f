import { josa } from "es-hangul";
import { z } from "zod";

// Form fields arrive as strings; these read them the way every editor form in the portal does.

/**
 * Browsers submit a textarea's line breaks as CRLF; stored text keeps LF only, so what was saved
 * equals what the editor sees (and chart error lines agree between preview and publish).
 */
export const plainLineBreaks = (value: string) => value.replace(/\r\n?/g, "\n");

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${josa(label, "을/를")} 입력하세요` })
    .transform(plainLineBreaks)
    .pipe(
      z
        .string()
        .trim()
        .min(1, `${josa(label, "을/를")} 입력하세요`)
        .max(max, `${josa(label, "은/는")} ${max.toLocaleString("ko-KR")}자 이하로 입력하세요`),
    );

/**
 * A check across fields runs even when other fields were refused, so a form shows every problem
 * at once; but not when a field it reads was, since that value is then not what it expects.
 */
export const whenValid = (...reads: string[]) => ({
  when: (payload: z.core.ParsePayload) =>
    payload.issues.every((issue) => !reads.includes(String(issue.path?.[0]))),
});

export const id = z.coerce.number({ error: "대상이 없습니다" }).int().positive("대상이 없습니다");

export const version = z.coerce
  .number({ error: "버전 정보가 없습니다. 화면을 새로 고치세요" })
  .int()
  .positive("버전 정보가 없습니다. 화면을 새로 고치세요");

/** One value or many (checkbox lists) as a list. */
export const idList = z.preprocess(
  (value) => (Array.isArray(value) ? value : value == null ? [] : [value]),
  z
    .array(id)
    .min(1, "목록에서 하나 이상 체크한 뒤 누르세요")
    .max(1_000, "한 번에 1,000개까지 고를 수 있습니다"),
);

/** A `datetime-local` value read as Korean time. */
export const koreanDateTime = z
  .string({ error: "날짜와 시각을 입력하세요" })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "날짜와 시각을 입력하세요")
  // A browser's picker never sends 2월 30일 or 24:00, but a hand-made request can, and Date
  // would roll it over into another day.
  .pipe(z.iso.datetime({ local: true, error: "올바른 날짜가 아닙니다" }))
  .transform((value) => new Date(`${value.length === 16 ? `${value}:00` : value}+09:00`));

// Values from forms and CSV files arrive as text, from JSON files as numbers and booleans: these
// accept both, and read an empty cell as "no value".

const blankToNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "")
    ? null
    : value;

const toNumber = (value: unknown) => {
  const present = blankToNull(value);
  if (typeof present !== "string") return present;
  const number = Number(present.trim().replaceAll(",", ""));
  return Number.isNaN(number) ? present : number;
};

export const nullableInt = (label: string, min: number, max: number) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: `${josa(label, "은/는")} 숫자로 입력하세요` })
      .int(`${josa(label, "은/는")} 정수로 입력하세요`)
      .min(min, `${josa(label, "은/는")} ${min.toLocaleString("ko-KR")} 이상이어야 합니다`)
      .max(max, `${josa(label, "은/는")} ${max.toLocaleString("ko-KR")} 이하여야 합니다`)
      .nullable(),
  );

export const requiredInt = (label: string, min: number, max: number) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: `${josa(label, "을/를")} 숫자로 입력하세요` })
      .int(`${josa(label, "은/는")} 정수로 입력하세요`)
      .min(min, `${josa(label, "은/는")} ${min.toLocaleString("ko-KR")} 이상이어야 합니다`)
      .max(max, `${josa(label, "은/는")} ${max.toLocaleString("ko-KR")} 이하여야 합니다`),
  );

/** A year, bounded and said as years are written (2000년, not 2,000). */
export const requiredYear = (label: string, min: number, max: number) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: `${josa(label, "을/를")} 숫자로 입력하세요` })
      .int(`${josa(label, "은/는")} ${min}처럼 네 자리로 입력하세요`)
      .min(min, `${josa(label, "은/는")} ${min}년부터 ${max}년 사이로 입력하세요`)
      .max(max, `${josa(label, "은/는")} ${min}년부터 ${max}년 사이로 입력하세요`),
  );

export const nullableDecimal = (label: string, min: number, max: number) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: `${josa(label, "은/는")} 숫자로 입력하세요` })
      .min(min, `${josa(label, "은/는")} ${min} 이상이어야 합니다`)
      .max(max, `${josa(label, "은/는")} ${max} 이하여야 합니다`)
      .nullable(),
  );

const truthy = new Set(["true", "1", "on", "yes", "y", "예", "o"]);
const falsy = new Set(["false", "0", "off", "no", "n", "아니오", "x", ""]);

/** A checkbox (absent means no) or a yes/no cell. */
export const flag = (label: string) =>
  z.preprocess(
    (value) => {
      if (value === undefined || value === null) return false;
      if (typeof value !== "string") return value;
      const text = value.trim().toLowerCase();
      return truthy.has(text) ? true : falsy.has(text) ? false : value;
    },
    z.boolean({ error: `${josa(label, "은/는")} 예 또는 아니오로 입력하세요` }),
  );

export const nullableChoice = <T extends string>(label: string, values: readonly [T, ...T[]]) =>
  z.preprocess(
    blankToNull,
    z
      .enum(values, { error: `${josa(label, "은/는")} ${values.join(", ")} 중 하나여야 합니다` })
      .nullable(),
  );

/** One of `values`; a blank or missing answer is the first (the column's default). */
export const choice = <T extends string>(label: string, values: readonly [T, ...T[]]) =>
  z.preprocess(
    (value) => blankToNull(value) ?? undefined,
    z
      .enum(values, { error: `${josa(label, "은/는")} ${values.join(", ")} 중 하나여야 합니다` })
      .default(values[0]),
  );

export const nullableUrl = (label: string) =>
  z.preprocess(
    (value) =>
      typeof blankToNull(value) === "string"
        ? plainLineBreaks(String(value)).trim()
        : blankToNull(value),
    z
      .url({
        protocol: /^https?$/,
        error: `${josa(label, "은/는")} https://로 시작하는 주소여야 합니다`,
      })
      .max(500, `${josa(label, "은/는")} 500자 이하로 입력하세요`)
      .nullable(),
  );

/** What separates the items of a list typed in one field (tags, target groups). */
export const listSeparator = /[,，;]/;

/**
 * A list from a JSON array or from text separated by commas or semicolons. An array's items are
 * split the same way: a form shows the list as one line, so an item holding a comma would come
 * back from its next save as two.
 */
export const textList = (label: string, { min = 0, max = 20 } = {}) =>
  z.preprocess(
    (value) => {
      const items = typeof value === "string" ? [value] : (value ?? []);
      if (!Array.isArray(items) || !items.every((item) => typeof item === "string")) return items;
      return [
        ...new Set(
          items
            .flatMap((item) => item.split(listSeparator))
            .map((item) => item.trim())
            .filter(Boolean),
        ),
      ];
    },
    z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(40, `${josa(label, "은/는")} 하나에 40자 이하로 입력하세요`),
      )
      .min(min, `${josa(label, "을/를")} ${min}개 이상 입력하세요`)
      .max(max, `${josa(label, "은/는")} ${max}개까지 입력할 수 있습니다`),
  );

/**
 * Several choices from a fixed list: checkboxes send each value, a CSV cell lists them separated
 * by commas, and either may name a choice by its Korean label instead of its code.
 */
export const choiceList = <T extends string>(
  label: string,
  values: readonly [T, ...T[]],
  labelOf: (value: T) => string,
) => {
  const byLabel = new Map<string, T>(values.map((value) => [labelOf(value), value]));
  return z.preprocess(
    (value) => {
      const items = Array.isArray(value)
        ? value
        : typeof value === "string"
          ? value.split(listSeparator)
          : (value ?? []);
      if (!Array.isArray(items)) return items;
      const trimmed = items.map((item) => (typeof item === "string" ? item.trim() : item));
      return [
        ...new Set(
          trimmed
            .filter((item) => item !== "")
            .map((item) => (typeof item === "string" ? (byLabel.get(item) ?? item) : item)),
        ),
      ];
    },
    // Checked as a whole so the message belongs to the field, not to one of its items.
    z
      .array(z.string({ error: `${josa(label, "을/를")} 목록에서 고르세요` }))
      .refine((items) => items.every((item) => (values as readonly string[]).includes(item)), {
        error: `${josa(label, "은/는")} ${values.map(labelOf).join(", ")} 중에서 고르세요`,
      })
      // In the list's own order, whatever order they came in: a form's checkboxes and a source's
      // words then give the same value, and a save changes nothing it did not change.
      .transform((items) => values.filter((value) => items.includes(value))),
  );
};

export const nullableDate = (label: string) =>
  z.preprocess(
    (value) =>
      typeof blankToNull(value) === "string"
        ? plainLineBreaks(String(value)).trim()
        : blankToNull(value),
    z.iso.date(`${josa(label, "은/는")} 2026-03-02처럼 입력하세요`).nullable(),
  );

export const tagList = textList("태그");

export const optionalText = (label: string, max: number) =>
  z.preprocess(
    (value) =>
      typeof blankToNull(value) === "string"
        ? plainLineBreaks(String(value)).trim()
        : blankToNull(value),
    z
      .string({ error: `${josa(label, "은/는")} 글자로 입력하세요` })
      .max(max, `${josa(label, "은/는")} ${max.toLocaleString("ko-KR")}자 이하로 입력하세요`)
      .nullable(),
  );
