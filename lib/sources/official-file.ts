import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { courses } from "@/lib/db/schema";
import { bizinfoFileSource } from "./bizinfo/client";
import { SourceError } from "./http";
import type { CatalogSource } from "./source";
import { work24FileSource, type KnownRoundDetail } from "./work24/client";
import { youthcenterFileSource } from "./youthcenter/client";

/** A file in an official API's shape that cannot be read; the message is for the editor. */
export class OfficialFileError extends Error {
  name = "OfficialFileError";
}

export const officialFileLabels = {
  work24: "고용24 훈련과정 목록(310L01)",
  bizinfo: "기업마당 지원사업 공고",
  youthcenter: "온통청년 청년정책",
} as const;

type Shape =
  | { source: "work24"; format: "JSON" | "XML" }
  | { source: "bizinfo"; format: "json" | "rss" }
  | { source: "youthcenter" };

/** Which official answer a file holds, by its content; null for the portal's own shapes. */
function shapeOf(text: string): Shape | null {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("<")) {
    const head = start.slice(0, 2000);
    if (/<(HRDNet|GO24)[\s>]/.test(head)) return { source: "work24", format: "XML" };
    if (/<rss[\s>]/.test(head)) return { source: "bizinfo", format: "rss" };
    return null;
  }
  if (!start.startsWith("{")) return null;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(start) as Record<string, unknown>;
  } catch {
    return null;
  }
  if ("srchList" in body || "scn_cnt" in body || "HRDNet" in body)
    return { source: "work24", format: "JSON" };
  if ("jsonArray" in body || "reqErr" in body) return { source: "bizinfo", format: "json" };
  if ("resultCode" in body && "result" in body) return { source: "youthcenter" };
  return null;
}

/**
 * What 고용24 last said of each round the portal holds, for the fields a list file lacks: the
 * source's values (kept in `sourceValues`), not an editor's correction of them, which the file
 * import must leave marked as the editor's.
 */
async function knownRoundDetails() {
  const rows = await db
    .select({
      externalId: courses.externalId,
      sourceValues: courses.sourceValues,
      totalHours: courses.totalHours,
      selfPayment: courses.selfPayment,
      contact: courses.contact,
      address: courses.address,
    })
    .from(courses)
    .where(eq(courses.source, "work24"));
  return new Map<string, KnownRoundDetail>(
    rows.map(({ externalId, sourceValues, ...current }) => {
      const said = sourceValues ?? {};
      const pick = <K extends keyof KnownRoundDetail>(field: K) =>
        (field in said ? said[field] : current[field]) as KnownRoundDetail[K];
      return [
        externalId,
        {
          totalHours: pick("totalHours"),
          selfPayment: pick("selfPayment"),
          contact: pick("contact"),
          address: pick("address"),
        },
      ];
    }),
  );
}

/**
 * A file saved from 고용24, 기업마당 or 온통청년 as a source the sync engine runs once, so its
 * records are mapped and stored exactly as a sync stores them (source, provenance, an editor's
 * changes kept); null when the file is in the portal's own CSV/JSON shape.
 */
export async function officialFileSource(
  text: string,
): Promise<{ source: CatalogSource; label: string } | null> {
  const shape = shapeOf(text);
  if (!shape) return null;
  const label = officialFileLabels[shape.source];
  try {
    const source =
      shape.source === "work24"
        ? work24FileSource(text, shape.format, await knownRoundDetails())
        : shape.source === "bizinfo"
          ? bizinfoFileSource(text, shape.format)
          : youthcenterFileSource(text);
    return { source: source as CatalogSource, label };
  } catch (error) {
    if (error instanceof SourceError)
      throw new OfficialFileError(`${label} 파일을 읽을 수 없습니다: ${error.message}`);
    throw error;
  }
}
