/** What a wrong, expired or revoked review link shows (see page.tsx). */
export default function ReviewLinkClosed() {
  return (
    <>
      <p className="text-brand-700 text-sm font-bold">404</p>
      <h1 className="mt-2 text-2xl font-bold">열 수 없는 검토 링크입니다</h1>
      <p className="mt-3 text-slate-600">
        링크가 만료되었거나 편집자가 취소했습니다. 주소를 끝까지 복사했는지 확인하고, 그래도 열리지
        않으면 링크를 보낸 편집자에게 새 링크를 요청하세요.
      </p>
    </>
  );
}
