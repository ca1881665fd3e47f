import { createSecureServer } from "node:http2";
import { web as proxyRequest } from "http2-proxy";
import { generate as selfSignedCertificate } from "selfsigned";

export type TlsFront = { url: string; stop: () => Promise<void> };

/**
 * An HTTPS server speaking HTTP/2 in front of the portal, as the TLS-terminating proxy of a
 * deployment is: a phone meets the portal over HTTP/2 on one connection, where `next start`
 * alone speaks HTTP/1.1 and a browser opens up to six. Its certificate is made up for this run;
 * the browser measuring through it is told to accept it.
 */
export async function startTlsFront(upstream: string): Promise<TlsFront> {
  const { hostname, port } = new URL(upstream);
  const pems = await selfSignedCertificate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec",
  });
  const server = createSecureServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    void proxyRequest(req, res, { hostname, port: Number(port) }, (error) => {
      if (!error) return;
      if (!res.headersSent) res.writeHead(502);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("TLS front: no port");
  return {
    url: `https://localhost:${address.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
