import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { EligibilityCheck } from "@/components/programs/eligibility-check";
import { pageMetadata } from "@/lib/metadata";
import { eligibilityCheckPath, programsPath } from "@/lib/routes/public";

export const metadata: Metadata = pageMetadata({
  title: "지원 자격 빠른 확인",
  description:
    "나이, 사는 곳, 신분을 알려 주면 신청할 수 있을 것 같은 지원사업과 훈련과정을 조건별로 보여 드립니다.",
  path: eligibilityCheckPath,
});

export default function EligibilityCheckPage() {
  return (
    <div className="mx-auto max-w-4xl">
      <p className="text-sm">
        <Link href={programsPath()} className="text-brand-700 underline">
          지원사업
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">지원 자격 빠른 확인</h1>
      <p className="mt-2 mb-5 text-slate-700">
        몇 가지를 알려 주시면 지금 신청할 수 있을 것 같은 지원사업과 훈련과정을, 맞는 조건·맞지 않는
        조건·확인이 필요한 조건과 함께 보여 드립니다. 모르는 항목은 비워 두세요.
      </p>
      <EligibilityCheck />
    </div>
  );
}
