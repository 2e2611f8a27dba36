import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../domain/index.js";
import { DEFAULT_USER_AGENT, rawFromString, readInputs, type InputItem, type ReadOptions } from "./index.js";

const ARTICLE_A = `<html><head><title>Attack on Dori checkpoint</title></head><body><article><p>Gunmen attacked a checkpoint at the entrance of Dori on Tuesday night.</p></article></body></html>`;
const ARTICLE_B = `<html><head><title>Embuscade près de Fada</title></head><body><article><p>Une patrouille a été prise en embuscade près de Fada N'Gourma.</p></article></body></html>`;

let server: Server;
let base: string;
const seenUserAgents: string[] = [];
const pendingResponses: ServerResponse[] = [];
const requestCounts = new Map<string, number>();
let flakyCalls = 0;
let busyCalls = 0;

function rss(host: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Sahel Wire</title><link>${host}/</link>
<item><title>Attack on Dori checkpoint</title><link>${host}/article-a</link><pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate></item>
<item><title>Embuscade &amp; bilan</title><link>/article-b</link><pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>${host}/missing</link></item>
</channel></rss>`;
}

function atom(host: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom Sahel</title>
<entry><title>Embuscade près de Fada</title><link rel="alternate" type="text/html" href="${host}/article-b"/><link rel="enclosure" href="${host}/img.jpg"/><published>2024-03-06T09:00:00+01:00</published><updated>2024-03-07T00:00:00Z</updated></entry>
</feed>`;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  seenUserAgents.push(String(req.headers["user-agent"]));
  requestCounts.set(String(req.url), (requestCounts.get(String(req.url)) ?? 0) + 1);
  const host = `http://${req.headers.host}`;
  switch (req.url) {
    case "/article-a":
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE_A);
      return;
    case "/article-b":
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE_B);
      return;
    case "/redirect":
      res.writeHead(302, { location: "/article-a" }).end();
      return;
    case "/feed.rss":
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(host));
      return;
    case "/feed-as-xml":
      // No feed content type: must be recognised by its root element.
      res.writeHead(200, { "content-type": "text/xml" }).end(atom(host));
      return;
    case "/broken-feed":
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<rss><channel><item><title>x</title></channel></rss>`);
      return;
    case "/flaky":
      // Busy once, then fine: one retry must get the article.
      flakyCalls++;
      if (flakyCalls === 1) res.writeHead(503, { "content-type": "text/plain" }).end("busy");
      else res.writeHead(200, { "content-type": "text/html" }).end(ARTICLE_A);
      return;
    case "/busy":
      busyCalls++;
      res.writeHead(503, { "content-type": "text/plain" }).end("busy");
      return;
    case "/hang":
      pendingResponses.push(res);
      return;
    case "/stall-body":
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body><p>first bytes");
      pendingResponses.push(res);
      return;
    case "/big":
      // Streamed without Content-Length: the cap must hold while reading.
      res.writeHead(200, { "content-type": "text/plain", "transfer-encoding": "chunked" });
      for (let i = 0; i < 64; i++) res.write("x".repeat(1024));
      res.end();
      return;
    default:
      res.writeHead(404, { "content-type": "text/plain" }).end("not here");
  }
}

async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const tmp = mkdtempSync(join(tmpdir(), "cw-ingest-"));

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of pendingResponses) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(tmp, { recursive: true, force: true });
});

function options(overrides: Partial<ReadOptions> = {}): ReadOptions {
  return { fetchTimeoutMs: 2000, maxBytes: 1_000_000, userAgent: DEFAULT_USER_AGENT, hints: {}, ...overrides };
}

async function collect(inputs: string[], opts: ReadOptions = options()): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, opts)) items.push(item);
  return items;
}

function text(item: InputItem): string {
  if (!item.ok) throw new Error(`expected a document, got ${item.error.message}`);
  return new TextDecoder().decode(item.doc.bytes);
}

function failureOf(item: InputItem): InputError {
  if (item.ok) throw new Error(`expected a failure for ${item.doc.origin}`);
  expect(item.error).toBeInstanceOf(InputError);
  return item.error;
}

describe("readInputs over HTTP", () => {
  it("fetches an article with the tool's User-Agent and follows redirects", async () => {
    const [item] = await collect([`${base}/redirect`]);
    expect(text(item)).toBe(ARTICLE_A);
    if (!item.ok) return;
    expect(item.doc.origin).toBe(`${base}/redirect`);
    expect(item.doc.url).toBe(`${base}/article-a`);
    expect(item.doc.contentType).toBe("text/html; charset=utf-8");
    expect(seenUserAgents).toContain(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^conflictwatch\/\d/);
  });

  it("reports HTTP errors, connection refused and timeouts without stopping the other inputs", async () => {
    const refused = `http://127.0.0.1:${await unusedPort()}/x`;
    const items = await collect([`${base}/nope`, refused, `${base}/hang`, `${base}/article-b`], options({ fetchTimeoutMs: 300 }));
    expect(items).toHaveLength(4);
    expect(failureOf(items[0]).message).toBe(`${base}/nope: HTTP 404 Not Found`);
    expect(failureOf(items[1]).message).toMatch(/connection refused/);
    expect(failureOf(items[1]).input).toBe(refused);
    expect(failureOf(items[2]).message).toBe(`${base}/hang: timed out after 300 ms`);
    expect(text(items[3])).toBe(ARTICLE_B);
  });

  it("retries once after 503 (then succeeds, or reports the status after the retry); a 404 is not retried", async () => {
    const [flaky, busy] = await collect([`${base}/flaky`, `${base}/busy`]);
    expect(text(flaky)).toBe(ARTICLE_A);
    expect(flakyCalls).toBe(2);
    expect(failureOf(busy).message).toBe(`${base}/busy: HTTP 503 Service Unavailable (after one retry)`);
    expect(busyCalls).toBe(2);
    await collect([`${base}/gone-for-good`]);
    expect(requestCounts.get("/gone-for-good")).toBe(1);
  });

  it("times out a server that stalls in the middle of the body", async () => {
    const [item] = await collect([`${base}/stall-body`], options({ fetchTimeoutMs: 300 }));
    expect(failureOf(item).problem).toMatch(/^timed out after 300 ms/);
  });

  it("caps the body size while streaming", async () => {
    const [item] = await collect([`${base}/big`], options({ maxBytes: 10_000 }));
    expect(failureOf(item).problem).toMatch(/larger than the 10,000-byte limit/);
  });

  it("expands an RSS feed: each item fetched (relative links resolved), with feed title and date as hints", async () => {
    const items = await collect([`${base}/feed.rss`]);
    expect(items).toHaveLength(3);
    const [a, b, missing] = items;
    expect(text(a)).toBe(ARTICLE_A);
    if (!a.ok || !b.ok) return;
    // The day as the feed states it (-0500), not shifted to UTC.
    expect(a.doc.hints).toMatchObject({ title: "Attack on Dori checkpoint", publishedAt: "2024-03-05", publishedAtOverride: false, sourceName: "Sahel Wire" });
    expect(b.doc.origin).toBe(`${base}/article-b`);
    expect(b.doc.hints.title).toBe("Embuscade & bilan");
    expect(failureOf(missing).message).toBe(`${base}/missing: HTTP 404 Not Found`);
  });

  it("recognises an Atom feed served as text/xml by its root element and takes the alternate link", async () => {
    const items = await collect([`${base}/feed-as-xml`]);
    expect(items).toHaveLength(1);
    expect(text(items[0])).toBe(ARTICLE_B);
    if (items[0].ok) expect(items[0].doc.hints).toMatchObject({ title: "Embuscade près de Fada", publishedAt: "2024-03-06", sourceName: "Atom Sahel" });
  });

  it("keeps the user's --published-at over feed dates", async () => {
    const items = await collect([`${base}/feed.rss`], options({ hints: { publishedAt: "2025-05-13", publishedAtOverride: true } }));
    const docs = items.filter((i) => i.ok);
    expect(docs.length).toBe(2);
    for (const d of docs) if (d.ok) expect([d.doc.hints.publishedAt, d.doc.hints.publishedAtOverride]).toEqual(["2025-05-13", true]);
  });

  it("reports invalid feed XML", async () => {
    const [item] = await collect([`${base}/broken-feed`]);
    expect(failureOf(item).message).toMatch(new RegExp(`^${base}/broken-feed: invalid feed XML: .+\\(line \\d+\\)`));
  });

  it("refuses non-http schemes", async () => {
    const [item] = await collect(["ftp://example.org/a.txt"]);
    expect(failureOf(item).problem).toMatch(/only http and https/);
  });
});

describe("readInputs over files and folders", () => {
  const folder = join(tmp, "reports");
  beforeAll(() => {
    mkdirSync(join(folder, "b-sub"), { recursive: true });
    mkdirSync(join(folder, ".git"), { recursive: true });
    writeFileSync(join(folder, "c.txt"), "Third report.");
    writeFileSync(join(folder, "a.html"), ARTICLE_A);
    writeFileSync(join(folder, "b-sub", "inner.md"), "# Inner\n\nNested report.");
    writeFileSync(join(folder, ".hidden.txt"), "hidden");
    writeFileSync(join(folder, ".git", "HEAD"), "ref: refs/heads/main");
    writeFileSync(join(folder, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0, 1, 2]));
    writeFileSync(join(folder, "notes"), "No extension but text.");
    writeFileSync(join(folder, "d-report.pdf"), Buffer.from("%PDF-1.4\n%\xe2\xe3\n", "latin1"));
  });

  it("walks a folder recursively in sorted order, taking PDFs, skipping hidden and binary files", async () => {
    const items = await collect([folder]);
    const origins = items.map((i) => (i.ok ? i.doc.origin : `ERR ${i.origin}`));
    expect(origins).toEqual([join(folder, "a.html"), join(folder, "b-sub", "inner.md"), join(folder, "c.txt"), join(folder, "d-report.pdf"), join(folder, "notes")]);
    const types = items.map((i) => (i.ok ? i.doc.contentType : null));
    expect(types).toEqual(["text/html", "text/markdown", "text/plain", "application/pdf", null]);
  });

  it("passes a named file through even with an unknown extension (cleaning sniffs it)", async () => {
    const [item] = await collect([join(folder, "photo.jpg")]);
    expect(item.ok).toBe(true);
  });

  it("reports a missing path, an unreadable file and a file over maxBytes, and goes on", async () => {
    const missing = join(tmp, "nope.txt");
    const locked = join(tmp, "locked.txt");
    writeFileSync(locked, "secret");
    chmodSync(locked, 0o000);
    const big = join(tmp, "big.txt");
    writeFileSync(big, "x".repeat(5000));
    const items = await collect([missing, locked, big, join(folder, "c.txt"), "/dev/null"], options({ maxBytes: 4096 }));
    expect(items).toHaveLength(5);
    expect(failureOf(items[0]).message).toBe(`${missing}: no such file or directory`);
    // root can read anything: then the file simply comes through.
    if (process.getuid?.() !== 0) expect(failureOf(items[1]).message).toMatch(/permission denied/);
    expect(failureOf(items[2]).message).toBe(`${big}: file is 5,000 bytes, over the 4,096-byte limit (--max-bytes)`);
    expect(text(items[3])).toBe("Third report.");
    expect(failureOf(items[4]).message).toBe("/dev/null: is neither a regular file nor a directory");
  });

  it("reads a local RSS file as a feed and fetches its items", async () => {
    const path = join(tmp, "local.rss");
    writeFileSync(path, rss(base));
    const items = await collect([path]);
    expect(items.map((i) => i.ok)).toEqual([true, false, false]);
    // A relative link cannot be resolved without a feed URL.
    expect(failureOf(items[1]).problem).toMatch(/not an http\(s\) URL|not a valid URL/);
  });

  it("yields a feed item without a link from its inline content, and reports an empty item", async () => {
    const path = join(tmp, "inline.xml");
    writeFileSync(
      path,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Inline</title>
<item><title>Brief</title><description><![CDATA[<p>Two soldiers were wounded near Léré.</p>]]></description><pubDate>Mon, 04 Mar 2024 10:00:00 +0000</pubDate></item>
<item><title>Nothing</title></item></channel></rss>`,
    );
    const items = await collect([path]);
    expect(items).toHaveLength(2);
    expect(text(items[0])).toBe("<p>Two soldiers were wounded near Léré.</p>");
    if (items[0].ok) {
      expect(items[0].doc.origin).toBe(`${path}#item-1`);
      expect(items[0].doc.contentType).toMatch(/^text\/html/);
      expect(items[0].doc.hints).toMatchObject({ title: "Brief", publishedAt: "2024-03-04", sourceName: "Inline" });
    }
    expect(failureOf(items[1]).message).toBe(`${path}#item-2: feed item has neither a link nor content`);
  });

  it("reports invalid XML in a local .rss file", async () => {
    const path = join(tmp, "bad.rss");
    writeFileSync(path, "<rss><channel><item>");
    const [item] = await collect([path]);
    expect(failureOf(item).message).toMatch(/bad\.rss: invalid feed XML/);
  });
});

describe("rawFromString", () => {
  it("encodes text as UTF-8 with a content type and keeps URL origins as url", () => {
    const doc = rawFromString("https://example.org/x", "Été à Ségou", "html", { language: "fr" });
    expect(new TextDecoder().decode(doc.bytes)).toBe("Été à Ségou");
    expect(doc.contentType).toBe("text/html; charset=utf-8");
    expect(doc.url).toBe("https://example.org/x");
    expect(doc.hints).toEqual({ language: "fr" });
    expect(rawFromString("pasted text", "x", "text").url).toBeNull();
  });
});
