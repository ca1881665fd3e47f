"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { storedCompareIds, storeCompareIds, withCompareId } from "@/lib/courses/compare";
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
        const ids = withCompareId(storedCompareIds(), id);
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
