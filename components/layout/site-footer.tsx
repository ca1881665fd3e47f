import { siteName } from "@/lib/metadata";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm leading-6 text-slate-600">
        <p>
          {siteName}은 월간 「인천 경제산업 Issue & Trend」와 인천 지역 훈련과정·지원사업 정보를
          제공합니다.
        </p>
        <p>
          과정과 지원사업의 세부 조건은 바뀔 수 있으니 신청 전 담당 기관의 공고를 꼭 확인하세요.
          &lsquo;예시&rsquo; 표시가 있는 과정은 통계표에 맞춰 세부 정보를 채운 예시 자료입니다.
        </p>
      </div>
    </footer>
  );
}
