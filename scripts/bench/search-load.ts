import { benchWithPortal } from "./portal";
import { measureLoad } from "./load";

// `npm run bench:search-load [connections] [seconds]`: search pages under load, the way the attack
// run found them flapping (issue 13): requests per second, p99, and how many answers came from the
// database fallback instead of Meilisearch, with the production deadline (SEARCH_DEADLINE_MS).
// The portal starts as `npm start` does, with the demo catalog unless DEMO_CATALOG=off.

const CONNECTIONS = Number(process.argv[2] ?? 32);
const DURATION_S = Number(process.argv[3] ?? 30);

const targets = [
  {
    path: "/api/search?q=AI&index=all",
    fallback: (body: string) => (JSON.parse(body) as { fallback: boolean }).fallback,
    total: (body: string) => String((JSON.parse(body) as { total: number }).total),
  },
  {
    path: "/courses",
    fallback: (body: string) => body.includes("검색 엔진에 잠시 연결할 수 없어"),
    total: (body: string) => /훈련과정 <strong[^>]*>([\d,]+)<\/strong>/.exec(body)?.[1] ?? "?",
  },
  {
    path: `/courses?q=${encodeURIComponent("파이썬")}`,
    fallback: (body: string) => body.includes("검색 엔진에 잠시 연결할 수 없어"),
    total: (body: string) => /검색 결과 <strong[^>]*>([\d,]+)<\/strong>/.exec(body)?.[1] ?? "?",
  },
];

benchWithPortal("load", async (portal) => {
  console.log(`| path | req/s | p50 ms | p99 ms | fallback answers | totals seen | errors |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | --- | ---: |`);
  for (const target of targets) {
    let answers = 0;
    let fallbacks = 0;
    const totals = new Map<string, number>();
    const result = await measureLoad({
      url: portal.url + target.path,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          onResponse: (status, body) => {
            if (status !== 200) return;
            answers += 1;
            if (target.fallback(body)) fallbacks += 1;
            const total = target.total(body);
            totals.set(total, (totals.get(total) ?? 0) + 1);
          },
        },
      ],
    });
    const seen = [...totals].map(([total, n]) => `${total}×${n}`).join(", ");
    console.log(
      `| ${target.path} | ${result.rps.toFixed(1)} | ${result.p50.toFixed(0)} | ${result.p99.toFixed(0)} | ${fallbacks} of ${answers} (${((100 * fallbacks) / Math.max(answers, 1)).toFixed(0)} %) | ${seen} | ${result.errors + result.non2xx} |`,
    );
  }
});
