import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { demoCatalogsShown } from "@/lib/sources/demo/catalog";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const demo = await demoCatalogsShown();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
      >
        본문으로 건너뛰기
      </a>
      <SiteHeader />
      {(demo.courses || demo.programs) && (
        <p className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900">
          지금{" "}
          {demo.courses && demo.programs
            ? "훈련과정과 지원사업"
            : demo.courses
              ? "훈련과정"
              : "지원사업"}{" "}
          목록에는 <strong>예시 데이터</strong>가 섞여 있습니다. 공식 API(
          {[demo.courses && "고용24", demo.programs && "기업마당·온통청년"]
            .filter(Boolean)
            .join(", ")}
          )를 연결하기 전까지 ‘예시’ 표시가 붙은 항목과 기관은 실제가 아니니, 신청 전에 공식
          누리집에서 확인하세요.
        </p>
      )}
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
