export function AdminOnly() {
  return (
    <p role="alert" className="rounded-md bg-amber-50 p-4 text-amber-900">
      관리자만 볼 수 있는 화면입니다.
    </p>
  );
}
