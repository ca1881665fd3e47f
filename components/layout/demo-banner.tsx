import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { demoCatalogsShown } from "@/lib/sources/demo/catalog";

/** Says, under the header of every public page, which catalogs still hold sample records. */
export async function DemoBanner() {
  "use cache";
  cacheTag(cacheTags.courses, cacheTags.programs);
  const demo = await demoCatalogsShown();
  if (!demo.courses && !demo.programs) return null;
  return (
    // A landmark of its own, so it is not outside every landmark a screen reader lists.
    <aside
      aria-label="예시 데이터 안내"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900"
    >
      지금{" "}
      {demo.courses && demo.programs
        ? "훈련과정과 지원사업"
        : demo.courses
          ? "훈련과정"
          : "지원사업"}{" "}
      목록에는 <strong>예시 데이터</strong>가 섞여 있습니다. 공식 API(
      {[demo.courses && "고용24", demo.programs && "기업마당·온통청년"].filter(Boolean).join(", ")}
      )를 연결하기 전까지 ‘예시’ 표시가 붙은 항목과 기관은 실제가 아니니, 신청 전에 공식 누리집에서
      확인하세요.
    </aside>
  );
}
