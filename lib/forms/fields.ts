import { z } from "zod";

// Form fields arrive as strings; these read them the way every editor form in the portal does.

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label}을(를) 입력하세요` })
    .trim()
    .min(1, `${label}을(를) 입력하세요`)
    .max(max, `${label}은(는) ${max.toLocaleString("ko-KR")}자 이하로 입력하세요`);

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}은(는) ${max.toLocaleString("ko-KR")}자 이하로 입력하세요`)
    .optional()
    .transform((value) => (value ? value : null));

export const id = z.coerce.number({ error: "대상이 없습니다" }).int().positive("대상이 없습니다");

export const version = z.coerce
  .number({ error: "버전 정보가 없습니다. 화면을 새로 고치세요" })
  .int()
  .positive("버전 정보가 없습니다. 화면을 새로 고치세요");

/** Comma-separated tags, trimmed and without repeats. */
export const tagList = z
  .string()
  .optional()
  .transform((value) => [
    ...new Set(
      (value ?? "")
        .split(/[,，]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().max(40, "태그는 하나에 40자 이하로 입력하세요"))
      .max(20, "태그는 20개까지 입력할 수 있습니다"),
  );

/** One value or many (checkbox lists) as a list. */
export const idList = z.preprocess(
  (value) => (Array.isArray(value) ? value : value == null ? [] : [value]),
  z.array(id).min(1, "하나 이상 고르세요").max(1_000, "한 번에 1,000개까지 고를 수 있습니다"),
);

/** A `datetime-local` value read as Korean time. */
export const koreanDateTime = z
  .string({ error: "날짜와 시각을 입력하세요" })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "날짜와 시각을 입력하세요")
  .transform((value) => new Date(`${value.length === 16 ? `${value}:00` : value}+09:00`))
  .refine((date) => !Number.isNaN(date.getTime()), "올바른 날짜가 아닙니다");

export const isoDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .refine(
      (value) =>
        value === null || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))),
      `${label}은(는) 2026-03-02처럼 입력하세요`,
    );
