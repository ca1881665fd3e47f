"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import {
  MAX_COMPARE,
  storedCompareIds,
  storeCompareIds,
  withCompareId,
} from "@/lib/courses/compare";
import { comparePath } from "@/lib/routes/public";

/**
 * "비교에 담기" on a course's page: adds it to the tray the catalog keeps and opens the comparison.
 * Without JavaScript the link compares this course alone.
 */
export function AddToCompare({ id }: { id: string }) {
  const router = useRouter();
  return (
    <a
      href={comparePath([id])}
      onClick={(event) => {
        event.preventDefault();
        const stored = storedCompareIds();
        // A full tray makes room by dropping its oldest course: not without asking.
        if (
          !stored.includes(id) &&
          stored.length >= MAX_COMPARE &&
          !window.confirm(
            `비교함에는 ${MAX_COMPARE}개까지 담을 수 있습니다. 가장 먼저 담은 과정을 빼고 이 과정을 담을까요?`,
          )
        )
          return;
        const ids = withCompareId(stored, id);
        storeCompareIds(ids);
        router.push(comparePath(ids));
      }}
      className="border-brand-700 text-brand-700 hover:bg-brand-50 inline-flex min-h-11 items-center rounded-lg border px-4 font-bold"
    >
      비교에 담기
    </a>
  );
}

/** Keeps the tray in step with the comparison on screen (a course taken out stays out). */
export function CompareTraySync({ ids }: { ids: string[] }) {
  const key = ids.join(",");
  useEffect(() => storeCompareIds(key ? key.split(",") : []), [key]);
  return null;
}
