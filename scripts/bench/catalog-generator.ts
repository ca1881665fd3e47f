import type { CourseSeed } from "@/lib/content/schema";
import { districtNames } from "@/lib/districts/districts";
import { prng } from "@/lib/sources/demo/work24-replay";

// A deterministic synthetic catalog for benchmarks: realistic Korean titles, providers and
// districts, so Meilisearch does the same work it does on real data.

const topics = [
  ["파이썬", "AI 서비스 개발"],
  ["자바", "풀스택 웹 개발"],
  ["빅데이터", "분석 실무"],
  ["스마트팩토리", "설비 운영"],
  ["산업용 로봇", "제어 프로그래밍"],
  ["클라우드", "인프라 엔지니어"],
  ["VR·AR", "실감형 콘텐츠 제작"],
  ["반도체", "공정 데이터 분석"],
  ["드론", "제어 SW 개발"],
  ["전기자동차", "임베디드 SW"],
  ["바이오", "헬스케어 데이터"],
  ["UI·UX", "디자인 실무"],
  ["사물인터넷", "IoT 서비스 개발"],
  ["정보보안", "보안 관제"],
  ["핀테크", "금융 서비스 개발"],
];
const levels = ["기초", "실무", "심화", "전문가 양성", "취업 연계"];
const fields = [
  "정보기술개발",
  "빅데이터 분석",
  "산업용 로봇",
  "스마트팩토리 운영관리",
  "VR/AR 콘텐츠 개발",
  "정보보안",
  "클라우드",
];
const types = [
  "디지털 신기술 아카데미",
  "지역주도형 아카데미",
  "벤처·스타트업 아카데미",
  "디지털 선도기업 아카데미",
  "단기 심화",
];
const providerStems = [
  "인천",
  "송도",
  "부평",
  "계양",
  "청라",
  "영종",
  "남동",
  "미추홀",
  "연수",
  "검단",
];
const providerKinds = ["직업전문학교", "컴퓨터학원", "IT아카데미", "인재개발원", "캠퍼스"];

export function generateCourses(count: number): CourseSeed[] {
  const random = prng(20_261_125);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const [topic, subject] = pick(topics);
    const start = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 1_400) * 86_400_000);
    const hours = 200 + Math.floor(random() * 60) * 20;
    const end = new Date(start.getTime() + Math.ceil(hours / 8 / 5) * 7 * 86_400_000);
    const capacity = 15 + Math.floor(random() * 20);
    return {
      externalId: `bench-${i}`,
      title: `${topic} ${subject} ${pick(levels)} 과정 ${i % 97}기`,
      provider: `${pick(providerStems)} ${pick(providerKinds)} ${i % 300}`,
      trainingType: pick(types),
      field: pick(fields),
      ncsCode: null,
      district: pick(districtNames),
      address: null,
      startDate: start.toISOString().slice(0, 10),
      endDate: end.toISOString().slice(0, 10),
      totalHours: hours,
      capacity,
      enrolled: Math.floor(random() * capacity),
      applicants: null,
      tuition: hours * 9_000,
      subsidyPerHour: 9_000,
      cardEligible: random() > 0.2,
      schedule: pick(["weekday", "weekend", "mixed"] as const),
      employmentRate: random() > 0.3 ? Math.round(random() * 1000) / 10 : null,
      employmentStatus: null,
      year: start.getUTCFullYear(),
      description: `${topic}을(를) 활용한 ${subject} 과정입니다. 현장 프로젝트 중심으로 운영합니다.`,
      url: null,
      tags: [topic!, subject!.split(" ")[0]!],
      isSample: true,
    };
  });
}

export const benchQueries = [
  "파이썬",
  "스마트팩토리",
  "빅데이터 분석",
  "클라우드",
  "로봇",
  "반도체",
  "드론 제어",
  "자바 풀스택",
  "보안",
  "ㅅㅁㅌ",
  "인공지능",
  "바이오 헬스케어",
  "UI",
  "전기자동차",
  "실감형 콘텐츠",
  "핀테크",
];
