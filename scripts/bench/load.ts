import autocannon from "autocannon";
import { percentile } from "./stats";

/**
 * One autocannon run: requests per second, p50 and p99 from each response's own time, and what
 * went wrong. autocannon's own percentiles are whole milliseconds, too coarse for a 1 ms budget;
 * each response's time is reported with sub-millisecond precision.
 */
export async function measureLoad(options: autocannon.Options) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    run.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    rps: result.requests.average,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
