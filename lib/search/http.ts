import "server-only";
import http from "node:http";
import https from "node:https";
import { MeilisearchApiError } from "meilisearch";

// Node's fetch writes a request's headers and body separately; with a body over about 1 KB
// (a search with highlighting is) Nagle's algorithm and the server's delayed ACK add ~40 ms
// to every search on Linux. node:http sends with TCP_NODELAY over kept-alive sockets.
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

export class SearchDeadlineError extends Error {
  name = "SearchDeadlineError";
}

/** The Meilisearch client's transport: same contract as its fetch path (parsed JSON, API errors thrown). */
export function meilisearchHttpClient(
  input: Parameters<typeof fetch>[0],
  init?: RequestInit,
): Promise<unknown> {
  return send(input, init);
}

/**
 * The same transport with a deadline on Meilisearch's own time: the clock starts once the request
 * is on the wire (not while it waits for a socket or for this busy process), and when it runs out,
 * the answer gets one turn of the event loop to be read, since a process busy rendering pages
 * fires the timer late, possibly with the answer already waiting in the socket.
 */
export function meilisearchHttpClientWithDeadline(deadlineMs: number) {
  return (input: Parameters<typeof fetch>[0], init?: RequestInit) => send(input, init, deadlineMs);
}

function send(
  input: Parameters<typeof fetch>[0],
  init?: RequestInit,
  deadlineMs?: number,
): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const body = typeof init?.body === "string" ? init.body : undefined;
  const headers = Object.fromEntries(new Headers(init?.headers).entries());
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const transport = url.protocol === "https:" ? https : http;
  const signal = init?.signal ?? undefined;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    // Our own listener, removed when the request settles: a task wait polls with one signal,
    // and listeners left on it by each request would pile up.
    const onAbort = () => request.destroy(signal?.reason);
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (finish: () => void) => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      finish();
    };
    const request = transport.request(
      url,
      {
        method: init?.method ?? "GET",
        headers,
        agent: agents[url.protocol as keyof typeof agents],
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", (error) => settle(() => reject(error)));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const status = response.statusCode ?? 0;
          let parsed: unknown;
          try {
            parsed = text === "" ? undefined : JSON.parse(text);
          } catch (error) {
            settle(() => reject(error));
            return;
          }
          if (status >= 200 && status < 300) settle(() => resolve(parsed));
          else
            settle(() =>
              reject(new MeilisearchApiError(new Response(text, { status }), parsed as never)),
            );
        });
      },
    );
    signal?.addEventListener("abort", onAbort, { once: true });
    request.on("error", (error) => settle(() => reject(error)));
    if (deadlineMs !== undefined) {
      request.once("finish", () => {
        timer = setTimeout(
          () =>
            setImmediate(() => {
              if (!settled)
                request.destroy(new SearchDeadlineError(`no answer within ${deadlineMs} ms`));
            }),
          deadlineMs,
        );
      });
    }
    request.end(body);
  });
}
