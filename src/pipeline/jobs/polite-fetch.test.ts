import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSourceRegistry, type SqlSourceRegistry } from "../../store/sources/index.js";
import { DEFAULT_POLITE_FETCH, FetchFailure, politeFetch, POLITE_USER_AGENT } from "./polite-fetch.js";

interface Hit {
  path: string;
  at: number;
  headers: IncomingMessage["headers"];
}

describe("polite fetcher against a local HTTP server", () => {
  let server: Server;
  let base: string;
  let registry: SqlSourceRegistry;
  const hits: Hit[] = [];

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      hits.push({ path: req.url ?? "", at: Date.now(), headers: req.headers });
      if (req.url === "/feed.xml") {
        if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
        res.writeHead(200, { etag: '"v1"', "content-type": "application/rss+xml" }).end("<rss><channel></channel></rss>");
      } else if (req.url === "/dated") {
        const lm = "Sun, 01 Mar 2026 10:00:00 GMT";
        if (req.headers["if-modified-since"] === lm) return void res.writeHead(304).end();
        res.writeHead(200, { "last-modified": lm, "content-type": "text/html" }).end("<p>hello</p>");
      } else if (req.url === "/down") {
        res.writeHead(503).end("busy");
      } else if (req.url === "/slow") {
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>start");
        // never ends: the timeout must cover the body too
      } else if (req.url === "/big") {
        res.writeHead(200, { "content-type": "text/plain" }).end("x".repeat(5000));
      } else {
        res.writeHead(200, { "content-type": "text/plain" }).end(`page ${req.url}`);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    registry = await openSourceRegistry(":memory:");
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await registry.close();
  });

  const fast = { ...DEFAULT_POLITE_FETCH, hostIntervalMs: 0, timeoutMs: 2000 };

  it("names itself and turns a repeated ETag into a 304 with nothing to do", async () => {
    const first = await politeFetch(`${base}/feed.xml`, {}, registry, fast);
    expect(first.kind).toBe("ok");
    if (first.kind !== "ok") return;
    expect(first.etag).toBe('"v1"');
    expect(new TextDecoder().decode(first.bytes)).toContain("<rss>");
    expect(hits.at(-1)?.headers["user-agent"]).toBe(POLITE_USER_AGENT);
    const second = await politeFetch(`${base}/feed.xml`, { etag: first.etag }, registry, fast);
    expect(second).toEqual({ kind: "not-modified", url: `${base}/feed.xml` });
    expect(hits.at(-1)?.headers["if-none-match"]).toBe('"v1"');
  });

  it("sends If-Modified-Since from a stored Last-Modified", async () => {
    const first = await politeFetch(`${base}/dated`, {}, registry, fast);
    if (first.kind !== "ok") throw new Error("expected a body");
    expect((await politeFetch(`${base}/dated`, { lastModified: first.lastModified }, registry, fast)).kind).toBe("not-modified");
  });

  it("spaces requests to one host by the interval, across concurrent callers", async () => {
    const interval = 250;
    const start = hits.length;
    await Promise.all([1, 2, 3, 4].map((i) => politeFetch(`${base}/spaced/${i}`, {}, registry, { ...fast, hostIntervalMs: interval })));
    const times = hits.slice(start).map((h) => h.at).sort((a, b) => a - b);
    expect(times.length).toBe(4);
    // Slots are reserved exactly `interval` apart; arrival adds connection jitter, so allow some slack per gap.
    expect(times[3] - times[0]).toBeGreaterThanOrEqual(3 * interval - 60);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(interval / 2);
  });

  it("reports an HTTP error with its status", async () => {
    const error = await politeFetch(`${base}/down`, {}, registry, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchFailure);
    expect((error as FetchFailure).status).toBe(503);
    expect((error as FetchFailure).message).toBe(`${base}/down: HTTP 503 Service Unavailable`);
  });

  it("gives up on a body that never ends, naming the timeout", async () => {
    await expect(politeFetch(`${base}/slow`, {}, registry, { ...fast, timeoutMs: 300 })).rejects.toThrow(/\/slow: no complete answer within 300 ms/);
  });

  it("refuses a body over the size cap", async () => {
    await expect(politeFetch(`${base}/big`, {}, registry, { ...fast, maxBytes: 1000 })).rejects.toThrow(/exceeds the limit of 1000/);
  });

  it("names an unreachable server", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(politeFetch(`http://127.0.0.1:${port}/x`, {}, registry, fast)).rejects.toThrow(/request failed \(ECONNREFUSED\)/);
  });
});
