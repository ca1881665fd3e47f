import { describe, expect, it } from "vitest";
import { courseFormSchema } from "./schema";

const form = {
  externalId: "kdt-check-01",
  title: "",
  provider: "기관",
  trainingType: "K-디지털 트레이닝",
  field: "정보기술",
  district: "강남구",
  startDate: "2026-03-02",
  endDate: "2026-02-01",
  totalHours: "100",
  capacity: "20",
  year: "1999",
};

describe("the course form's checks", () => {
  it("names every problem at once, those across fields too, with a year said as a year", () => {
    const result = courseFormSchema.safeParse(form);
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      result.error!.issues.map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(messages).toEqual({
      title: "과정명을 입력하세요",
      year: "연도는 2000년부터 2100년 사이로 입력하세요",
      endDate: "종강일은 개강일 이후여야 합니다",
      district: "인천의 군·구가 아닙니다: 강남구",
    });
  });

  it("does not compare dates when one of them was refused", () => {
    const result = courseFormSchema.safeParse({ ...form, title: "과정", startDate: "3월 2일" });
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toEqual([
      "startDate",
      "year",
      "district",
    ]);
  });

  it("takes more applicants than seats, but no more participants", () => {
    const valid = {
      ...form,
      title: "과정",
      district: "부평구",
      endDate: "2026-06-30",
      year: "2026",
    };
    expect(courseFormSchema.safeParse({ ...valid, applicants: "35" }).success).toBe(true);
    const result = courseFormSchema.safeParse({ ...valid, enrolled: "500" });
    expect(result.error!.issues).toMatchObject([
      {
        path: ["enrolled"],
        message:
          "참여 인원은 정원(20명)보다 많을 수 없습니다. 신청한 사람 수라면 신청 인원에 적으세요",
      },
    ]);
  });
});
