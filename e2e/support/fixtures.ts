import { seedDatabase } from "@/lib/content/seed";
import { addDays } from "@/lib/dates/dates";
import { connectSearch } from "@/lib/search/client";
import { drainSearchOutbox } from "@/lib/search/outbox";
import { env } from "@/lib/env";
import { createUser } from "@/lib/users/accounts";
import { e2eAccounts, e2ePassword } from "./accounts";
import { fixtureDay } from "./fixture-day";

// The seed bulletin is from 2024, so nothing in it is open today. The browser tests add one
// program closing in ten days and one course starting in three weeks, dated from the day the
// run began.
async function main() {
  const today = fixtureDay();
  await seedDatabase({
    issues: [],
    courses: [
      {
        externalId: "e2e-open-course",
        title: "시험용 클라우드 데이터 엔지니어 과정",
        provider: "시험용 훈련기관",
        trainingType: "디지털 신기술 아카데미",
        field: "정보기술개발",
        ncsCode: null,
        district: "영종구",
        address: "인천광역시 영종구",
        startDate: addDays(today, 21),
        endDate: addDays(today, 140),
        totalHours: 800,
        capacity: 20,
        enrolled: null,
        applicants: null,
        tuition: 8_000_000,
        subsidyPerHour: 10_000,
        cardEligible: true,
        schedule: "weekend",
        employmentRate: null,
        employmentStatus: "planned",
        year: Number(today.slice(0, 4)),
        description: "브라우저 시험에 쓰는 과정입니다.",
        url: null,
        tags: ["클라우드"],
        isSample: true,
      },
    ],
    programs: [
      {
        externalId: "e2e-open-program",
        title: "시험용 청년 창업 공간 지원",
        agency: "시험용 기관",
        category: "창업",
        targetGroups: ["청년", "스타트업"],
        region: "인천",
        summary: "브라우저 시험에 쓰는 지원사업입니다.",
        eligibility: "인천에 사는 청년 창업자",
        benefit: "창업 공간을 지원합니다.",
        maxAmountKrw: 3_000_000,
        applyStart: addDays(today, -5),
        applyEnd: addDays(today, 10),
        periodNote: null,
        periodKind: "application",
        howToApply: "온라인으로 신청합니다.",
        url: null,
        contact: null,
        tags: ["창업"],
        articleSlug: null,
        minAge: 19,
        maxAge: 39,
        eligibleApplicants: ["prospective_founder", "sme_owner"],
        eligibleAreas: ["인천"],
        householdRule: null,
        incomeRule: null,
        applyLater: false,
        periodInNotice: false,
        isSample: false,
      },
    ],
  });
  const accounts = [
    { email: e2eAccounts.admin, role: "admin" },
    { email: e2eAccounts.editor, role: "editor" },
    { email: e2eAccounts.contributor, role: "contributor" },
    { email: e2eAccounts.lockout, role: "editor" },
    { email: e2eAccounts.disabled, role: "editor" },
    { email: e2eAccounts.forwarded, role: "editor" },
    { email: e2eAccounts.signOut, role: "editor" },
  ];
  for (const account of accounts) {
    await createUser({ ...account, name: account.email.split("@")[0]! }, e2ePassword);
  }
  connectSearch({ url: env.MEILI_URL!, key: env.MEILI_MASTER_KEY });
  await drainSearchOutbox();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
