import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The S3-compatible store against a local stand-in bucket that keeps objects in memory and, like
// S3, refuses a request without a SigV4 signature from the configured key.
const objects = new Map<string, Buffer>();
const seen: { method: string; url: string; authorization: string }[] = [];
let failPuts = false;
let server: Server;
let store: typeof import("./store");

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const authorization = request.headers.authorization ?? "";
      seen.push({ method: request.method!, url: request.url!, authorization });
      if (!authorization.startsWith("AWS4-HMAC-SHA256 Credential=test-key/")) {
        response.writeHead(403).end("<Error><Code>AccessDenied</Code></Error>");
        return;
      }
      const key = request.url!;
      if (request.method === "PUT") {
        if (failPuts) return void response.writeHead(503).end();
        objects.set(key, Buffer.concat(chunks));
        response.writeHead(200).end();
      } else if (request.method === "GET") {
        const body = objects.get(key);
        if (body) response.writeHead(200, { "Content-Type": "image/webp" }).end(body);
        else response.writeHead(404).end("<Error><Code>NoSuchKey</Code></Error>");
      } else if (request.method === "DELETE") {
        objects.delete(key);
        response.writeHead(204).end();
      } else response.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  process.env.MEDIA_S3_URL = `http://127.0.0.1:${port}/portal-media`;
  process.env.MEDIA_S3_REGION = "us-east-1";
  process.env.MEDIA_S3_ACCESS_KEY_ID = "test-key";
  process.env.MEDIA_S3_SECRET_ACCESS_KEY = "test-secret";
  store = await import("./store");
});

afterAll(() => server.close());

const image = {
  id: "00112233aabbccdd",
  format: "png",
  width: 800,
  height: 400,
  variants: [
    { width: 480, data: Buffer.from("small") },
    { width: 800, data: Buffer.from("large") },
  ],
};

describe("images in an S3-compatible bucket", () => {
  it("puts each size as <bucket>/<id>/<width>.webp, signed, and reads it back", async () => {
    await store.saveImageFiles(image);
    expect([...objects.keys()].sort()).toEqual([
      "/portal-media/00112233aabbccdd/480.webp",
      "/portal-media/00112233aabbccdd/800.webp",
    ]);
    expect(seen.every((request) => request.authorization.includes("/us-east-1/s3/"))).toBe(true);
    expect((await store.readImageFile(image.id, 800))?.toString()).toBe("large");
    expect(await store.readImageFile(image.id, 1200)).toBeNull();
  });

  it("deletes every size, and says which request the bucket refused", async () => {
    await store.removeImageFiles(image.id, [480, 800]);
    expect(objects.size).toBe(0);
    failPuts = true;
    await expect(store.saveImageFiles(image)).rejects.toThrow(
      /PUT http:\/\/127\.0\.0\.1:\d+\/portal-media\/00112233aabbccdd\/480\.webp answered 503/,
    );
  });
});
