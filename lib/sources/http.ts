import pRetry, { AbortError } from "p-retry";

// The one way the connectors reach an official API: a timeout per request, and retries with
// growing waits on network errors, timeouts, 5xx answers and 429 (after the Retry-After the
// service asks for, up to a minute). Any other 4xx is not retried.

export class SourceError extends Error {
  name = "SourceError";
}

const MAX_RETRY_AFTER_MS = 60_000;

/** A 429's Retry-After (seconds or an HTTP date) in milliseconds, at most a minute. */
function retryAfterMs(header: string | null): number {
  if (!header) return 0;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1_000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : 0;
}

class TooManyRequests extends SourceError {
  constructor(
    message: string,
    readonly waitMs: number,
  ) {
    super(message);
  }
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
            ? `${options.timeoutMs}ms 안에 응답이 없습니다`
            : `연결하지 못했습니다 (${(error as Error).message})`;
        throw new SourceError(`${url.pathname}: ${reason}`);
      }
      if (response.status >= 500) throw new SourceError(`${url.pathname}: HTTP ${response.status}`);
      if (response.status === 429)
        throw new TooManyRequests(
          `${url.pathname}: HTTP 429`,
          retryAfterMs(response.headers.get("Retry-After")),
        );
      if (!response.ok)
        throw new AbortError(new SourceError(`${url.pathname}: HTTP ${response.status}`));
      return response.text();
    },
    {
      retries: options.retries ?? 3,
      minTimeout: options.minRetryMs ?? 1_000,
      factor: 2,
      onFailedAttempt: async ({ error, retriesLeft }) => {
        if (error instanceof TooManyRequests && retriesLeft > 0)
          await new Promise((resolve) => setTimeout(resolve, error.waitMs));
      },
    },
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
