"use client";

import { ErrorRecovery } from "@/components/layout/error-recovery";
import { homePath } from "@/lib/routes/public";

// A page that failed to render: the header and footer stay, the resident can retry or go home.
export default function SiteError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div role="alert" className="mx-auto flex max-w-3xl flex-col items-center py-10 text-center">
      <ErrorRecovery
        title="페이지를 보여 드리지 못했습니다"
        message="잠시 문제가 생겼습니다. 다시 시도하거나 첫 화면에서 다시 찾아보세요."
        retry={retry}
        home={{ href: homePath, label: "첫 화면으로" }}
      />
    </div>
  );
}
