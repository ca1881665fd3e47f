const number = new Intl.NumberFormat("ko-KR");

export function formatNumber(value: number) {
  return number.format(value);
}

/** Won in the units Koreans read amounts in: 2400000 → "240만 원", 500000000 → "5억 원". */
export function formatKrw(value: number) {
  const eok = Math.floor(value / 1e8);
  const man = Math.floor((value % 1e8) / 1e4);
  const won = value % 1e4;
  const parts = [
    eok ? `${number.format(eok)}억` : "",
    man ? `${number.format(man)}만` : "",
    won ? number.format(won) : "",
  ];
  const text = parts.filter(Boolean).join(" ");
  return `${text || "0"} 원`;
}

export function formatPercent(value: number, digits = 0) {
  return `${value.toFixed(digits)}%`;
}
