import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { publicContentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";
import { answerSearchApi, searchApiHeaders } from "@/lib/catalog/api";

// The portal's HTTP server: Next serves every page and route, except the search API, which is
// answered here first. Next's router costs more per request than the search itself: on a 2-core
// machine it added 2–3 ms and halved the requests per second of a plain Node handler in front of
// the same Meilisearch (`npm run bench:search`); search-as-you-type sends one request per pause.
const SEARCH_API = "/api/search";

const searchResponseHeaders = {
  ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
  "Content-Security-Policy": publicContentSecurityPolicy,
  ...searchApiHeaders,
  "Content-Type": "application/json",
};

async function answerSearch(
  request: IncomingMessage,
  response: ServerResponse,
  params: URLSearchParams,
) {
  let status = 500;
  let text: string;
  try {
    const answer = await answerSearchApi(params);
    status = answer.status;
    text = JSON.stringify(answer.body);
  } catch (error) {
    console.error(`${SEARCH_API}: ${(error as Error).stack ?? error}`);
    text = JSON.stringify({ error: "internal error" });
  }
  response.writeHead(status, {
    ...searchResponseHeaders,
    "Content-Length": Buffer.byteLength(text),
  });
  response.end(request.method === "HEAD" ? undefined : text);
}

const NOT_FOUND_PATH = "/_not-found";

function decodable(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export type PortalHttpServer = { close: () => Promise<void> };

/** Serves the production build of the portal on host:port until closed. */
export async function servePortal(host: string, port: number): Promise<PortalHttpServer> {
  const app = next({ dev: false, hostname: host, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    // Split by hand: `new URL()` throws on some request targets a client may send.
    const target = request.url ?? "/";
    const queryStart = target.indexOf("?");
    const pathname = queryStart === -1 ? target : target.slice(0, queryStart);
    if (pathname === SEARCH_API && (request.method === "GET" || request.method === "HEAD")) {
      const params = new URLSearchParams(queryStart === -1 ? "" : target.slice(queryStart + 1));
      void answerSearch(request, response, params);
      return;
    }
    // Next answers a path it cannot percent-decode (/tags/%ff) with a bare 500; it is a page
    // that does not exist.
    if (!decodable(pathname)) request.url = NOT_FOUND_PATH;
    // As a proxy does: the sign-in limits read the peer from the end of this chain.
    const forwarded = request.headers["x-forwarded-for"];
    request.headers["x-forwarded-for"] = [forwarded, request.socket.remoteAddress ?? "unknown"]
      .flat()
      .filter(Boolean)
      .join(", ");
    handle(request, response).catch((error: unknown) => {
      console.error(`${request.url}: ${(error as Error).stack ?? error}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return {
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Requests under way get a few seconds to finish; a stop must not wait on a slow client.
      const cutOff = setTimeout(() => server.closeAllConnections(), 5_000);
      await closed;
      clearTimeout(cutOff);
      await app.close();
    },
  };
}
