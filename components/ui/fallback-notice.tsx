export function FallbackNotice() {
  return (
    <p
      role="status"
      className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
    >
      검색 엔진에 잠시 연결할 수 없어 기본 검색으로 결과를 보여 드립니다. 오타·유사어 검색이 되지
      않아 결과가 적을 수 있습니다.
    </p>
  );
}
