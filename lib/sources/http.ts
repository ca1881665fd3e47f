import pRetry, { AbortError } from "p-retry";

// The one way the connectors reach an official API: a timeout per request, and retries with
// growing waits on network errors, timeouts and 5xx answers. A 4xx is not retried.

export class SourceError extends Error {
  name = "SourceError";
}

export type SourceHttpOptions = { timeoutMs: number; retries?: number; minRetryMs?: number };

export async function fetchSourceText(url: URL, options: SourceHttpOptions): Promise<string> {
  return pRetry(
    async () => {
      let response: Response;
      try {
        response = await fetch(url, {
          signal: AbortSignal.timeout(options.timeoutMs),
          headers: { Accept: "application/json, application/xml, text/xml" },
        });
      } catch (error) {
        const reason =
          (error as Error).name === "TimeoutError"
            ? `no answer within ${options.timeoutMs} ms`
            : (error as Error).message;
        throw new SourceError(`${url.pathname}: ${reason}`);
      }
      if (response.status >= 500) throw new SourceError(`${url.pathname}: HTTP ${response.status}`);
      if (!response.ok)
        throw new AbortError(new SourceError(`${url.pathname}: HTTP ${response.status}`));
      return response.text();
    },
    { retries: options.retries ?? 3, minTimeout: options.minRetryMs ?? 1_000, factor: 2 },
  );
}

/** Official dates come as YYYYMMDD or YYYY-MM-DD; null when empty or not a real date. */
export function officialDate(value: string | undefined): string | null {
  const digits = (value ?? "").replace(/[^0-9]/g, "");
  if (digits.length !== 8) return null;
  const iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Money with or without thousands separators (and 원); null when empty. */
export function officialMoney(value: string | undefined): number | null {
  const digits = (value ?? "").replace(/[,\s원]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : null;
}
