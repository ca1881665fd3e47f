// Incheon's 2 군 9 구 since 2026-07-01. Old names stay searchable as aliases because older data
// (고용24 exports before the reorganisation) and residents' habits still use them.
export const districts = [
  { name: "제물포구", aliases: ["중구", "동구"] },
  { name: "영종구", aliases: ["중구", "영종도"] },
  { name: "미추홀구", aliases: ["남구"] },
  { name: "연수구", aliases: [] },
  { name: "남동구", aliases: [] },
  { name: "부평구", aliases: [] },
  { name: "계양구", aliases: [] },
  // 서해구: the name the new 서구 chose; some data and residents already use it.
  { name: "서구", aliases: ["서해구"] },
  { name: "검단구", aliases: ["서구", "서구 검단"] },
  { name: "강화군", aliases: [] },
  { name: "옹진군", aliases: [] },
] as const;

export type DistrictName = (typeof districts)[number]["name"];

export const districtNames = districts.map((d) => d.name) as DistrictName[];

export function isDistrictName(value: string): value is DistrictName {
  return (districtNames as string[]).includes(value);
}

/** The old names a current district is still known by, for search. */
export function districtAliases(name: string): string[] {
  return [...(districts.find((d) => d.name === name)?.aliases ?? [])];
}

// What marks an old 중구 address as 영종도's: its 동 (legal or administrative), or a road only the
// island has, since a road-name address often names no 동 (인천 중구 공항로 272).
const yeongjongAddress =
  /영종|용유|운서|운남|운북|중산|을왕|남북동|덕교|무의|공항로|인천공항|제[12]터미널|하늘[가-힣]*로|미단|구읍로/;
// And an old 서구 address as 검단's.
const geomdanAddress = /검단|마전|당하|원당|불로|대곡|금곡|오류|왕길|백석|아라|완정로/;

/**
 * Maps a name as it appears in data (current or pre-2026 name) to the current district.
 * An old name that was split (중구, 서구) is ambiguous without an address, so the address decides:
 * 영종도's addresses belong to 영종구, 검단's to 검단구.
 */
export function resolveDistrict(raw: string, address = ""): DistrictName | null {
  const name = raw.trim().replace(/^인천(광역시)?\s*/, "");
  if (name === "중구") return yeongjongAddress.test(address) ? "영종구" : "제물포구";
  if (name === "동구") return "제물포구";
  if (name === "서구") return geomdanAddress.test(address) ? "검단구" : "서구";
  if (name === "남구") return "미추홀구";
  // The name 서구 south of the 아라뱃길 chose; some data from after 2026-07 already uses it.
  if (name === "서해구") return "서구";
  return isDistrictName(name) ? name : null;
}

/** Every name a resident may filter by: the current ones and the old ones. */
export const districtFilterNames = [...new Set(districts.flatMap((d) => [d.name, ...d.aliases]))];

/** The current districts a name covers: 중구 covers 제물포구 and 영종구, 서구 covers 서구 and 검단구. */
export function districtsMatching(name: string): DistrictName[] {
  return districts
    .filter((d) => d.name === name || (d.aliases as readonly string[]).includes(name))
    .map((d) => d.name);
}

/**
 * What choosing a name in the 지역 filter lists: a current district is itself (서구 is today's
 * 서구, not also 검단구, which the list offers on its own); an old name covers what it became
 * (중구: 제물포구 and 영종구; 서해구: 서구).
 */
export function districtsChosenBy(name: string): DistrictName[] {
  return (districtNames as readonly string[]).includes(name)
    ? [name as DistrictName]
    : districtsMatching(name);
}

// 시·군·구 codes (the first five digits of 법정동 codes). A current code names one district; an old
// code names what the old district became: 중구 (28110) and 서구 (28260) were split, so an address
// decides between their parts, and without one they name both.
const currentDistrictCodes: Record<string, DistrictName> = {
  "28125": "제물포구",
  "28155": "영종구",
  "28177": "미추홀구",
  "28185": "연수구",
  "28200": "남동구",
  "28237": "부평구",
  "28245": "계양구",
  "28275": "서구",
  "28290": "검단구",
  "28710": "강화군",
  "28720": "옹진군",
};
const oldDistrictCodes: Record<string, string> = {
  "28110": "중구",
  "28140": "동구",
  "28260": "서구",
};

/** The current districts a code names: the old 중구 and 서구 codes name both of their parts. */
export function districtsOfCode(code: string): DistrictName[] {
  const current = currentDistrictCodes[code.slice(0, 5)];
  if (current) return [current];
  const old = oldDistrictCodes[code.slice(0, 5)];
  return old ? districtsMatching(old) : [];
}

/**
 * The 군·구 of a place: a current code names it outright (an address may still carry the old 서구
 * or 중구 of a place now in 검단구 or 영종구); else the address's 군·구, old names mapped to the
 * current ones; else an old code, the address deciding between its parts.
 */
export function districtOf(address: string, code?: string): DistrictName | null {
  const current = code ? currentDistrictCodes[code.slice(0, 5)] : undefined;
  if (current) return current;
  const named = /인천(?:광역시|시)?\s+(\S+?[구군])(?:\s|$)/.exec(address)?.[1];
  const byName = named ? resolveDistrict(named, address) : null;
  if (byName) return byName;
  const old = code ? oldDistrictCodes[code.slice(0, 5)] : undefined;
  return old ? resolveDistrict(old, address) : null;
}
