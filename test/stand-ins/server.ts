import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// What every stand-in for an official API shares: a server on a free local port that records
// the requests it gets and answers the failures the real services show (a 500, too many requests,
// a page slower than any timeout) before handing the rest to the service's own answers.

export type Fault = "error-200" | "500" | "429" | "slow" | "wrong-key";

export type StandInServer = {
  url: string;
  /** What the next requests get instead of data, in order. */
  faults: Fault[];
  requests: URL[];
  /** When each request came (Date.now()), beside `requests`. */
  requestTimes: number[];
  close: () => Promise<void>;
};

/** Starts a stand-in whose state is `data` plus the shared fields; `answer` reads that state. */
export async function startStandInServer<T extends object>(
  data: T,
  answer: (
    url: URL,
    response: ServerResponse,
    fault: "error-200" | "wrong-key" | undefined,
    standIn: T & StandInServer,
  ) => void,
): Promise<T & StandInServer> {
  const standIn: T & StandInServer = Object.assign(data, {
    url: "",
    faults: [] as Fault[],
    requests: [] as URL[],
    requestTimes: [] as number[],
    close: async () => {},
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://stand-in");
    standIn.requests.push(url);
    standIn.requestTimes.push(Date.now());
    const fault = standIn.faults.shift();
    if (fault === "500") {
      response.writeHead(500);
      response.end("internal error");
      return;
    }
    if (fault === "429") {
      response.writeHead(429, { "Retry-After": "1" });
      response.end("too many requests");
      return;
    }
    if (fault === "slow") {
      setTimeout(() => response.destroyed || response.end("{}"), 5_000).unref();
      return;
    }
    answer(url, response, fault, standIn);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standIn.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return standIn;
}

export function sendJson(response: ServerResponse, body: unknown) {
  response.writeHead(200, { "Content-Type": "application/json; charset=UTF-8" });
  response.end(JSON.stringify(body));
}

export function sendXml(response: ServerResponse, body: string) {
  response.writeHead(200, { "Content-Type": "text/xml; charset=UTF-8" });
  response.end(body);
}
