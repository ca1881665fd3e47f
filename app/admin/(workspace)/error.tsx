"use client";

import { ErrorRecovery } from "@/components/layout/error-recovery";

// A workspace page that failed: the menu stays; nothing typed elsewhere is lost by retrying.
export default function WorkspaceError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div role="alert" className="max-w-xl py-6">
      <ErrorRecovery
        title="이 화면을 열지 못했습니다"
        message="잠시 문제가 생겼습니다. 다시 시도하고, 계속되면 편집실 첫 화면에서 다시 여세요."
        retry={retry}
        home={{ href: "/admin", label: "편집실 첫 화면" }}
      />
    </div>
  );
}
