import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { IngestOutcome, RawDocument } from "../../domain/index.js";
import { openSourceRegistry, type SqlSourceRegistry } from "../../store/sources/index.js";
import type { DocumentProcessor } from "./document-processor.js";
import { runFeedFetch, type JobDependencies, type JobSender } from "./job-handlers.js";
import type { ArticleFetchJob, DocumentProcessJob } from "./job-queues.js";
import { DEFAULT_POLITE_FETCH } from "./polite-fetch.js";
import { testArticle, testFeed } from "./test-articles.js";

/** An in-memory queue: what feed polling enqueues is what these tests look at. */
class ListSender implements JobSender {
  articles: ArticleFetchJob[] = [];
  documents: DocumentProcessJob[] = [];
  async sendArticle(job: ArticleFetchJob) {
    this.articles.push(job);
  }
  async sendDocument(job: DocumentProcessJob) {
    this.documents.push(job);
  }
}

/** Feed polling never processes documents itself; reaching this is a bug. */
const NO_PROCESSING: DocumentProcessor = {
  process(raw: RawDocument): Promise<IngestOutcome> {
    throw new Error(`feed polling processed ${raw.origin}`);
  },
};

describe("feed polling (runFeedFetch) against a local server", () => {
  let server: Server;
  let base: string;
  let registry: SqlSourceRegistry;
  let sender: ListSender;
  let deps: JobDependencies;
  const items = [0, 1, 2].map((i) => testArticle(200 + i));
  let listed = items.slice(0, 2);

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/feed.xml") {
        const etag = `"n${listed.length}"`;
        if (req.headers["if-none-match"] === etag) return void res.writeHead(304).end();
        res.writeHead(200, { etag, "content-type": "application/rss+xml" }).end(testFeed(base, listed));
      } else if (req.url === "/page.html") {
        res.writeHead(200, { "content-type": "text/html" }).end(items[0].html);
      } else if (req.url === "/not-a-feed") {
        res.writeHead(200, { "content-type": "text/html" }).end("<html><body>hello</body></html>");
      } else res.writeHead(503).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(async () => {
    registry = await openSourceRegistry(":memory:");
    sender = new ListSender();
    deps = { registry, sender, processor: NO_PROCESSING, fetch: { ...DEFAULT_POLITE_FETCH, hostIntervalMs: 0, timeoutMs: 2000 } };
    listed = items.slice(0, 2);
    return () => registry.close();
  });

  it("enqueues each new item once with the source's hints, and a 304 costs nothing", async () => {
    const source = await registry.add({ name: "Wire", url: `${base}/feed.xml`, kind: "feed", interval_seconds: 600, language: "fr", country: "MLI" });
    expect(await runFeedFetch({ sourceId: source.id }, deps)).toEqual({ outcome: "ok", newItems: 2 });
    expect(sender.articles.map((a) => a.url)).toEqual(items.slice(0, 2).map((i) => `${base}${i.path}`));
    expect(sender.articles[0].hints).toEqual({ sourceName: "Wire", language: "fr", countryHint: "MLI", title: items[0].title, publishedAt: items[0].publishedAt });
    expect((await registry.status(source.id))?.etag).toBe('"n2"');

    expect(await runFeedFetch({ sourceId: source.id }, deps)).toEqual({ outcome: "not-modified", newItems: 0 });
    listed = items;
    expect(await runFeedFetch({ sourceId: source.id }, deps)).toEqual({ outcome: "ok", newItems: 1 });
    expect(sender.articles.map((a) => a.url)).toEqual(items.map((i) => `${base}${i.path}`));
  });

  it("records a failing source's error and pushes its next poll back exponentially", async () => {
    const source = await registry.add({ name: "Down", url: `${base}/down.xml`, kind: "feed", interval_seconds: 600 });
    const gaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await runFeedFetch({ sourceId: source.id }, deps);
      expect(result).toEqual({ outcome: "error", newItems: 0, error: `${base}/down.xml: HTTP 503 Service Unavailable` });
      const status = (await registry.status(source.id))!;
      gaps.push(Math.round((Date.parse(status.next_poll_at) - Date.parse(status.last_poll_at!)) / 1000));
    }
    expect(gaps).toEqual([600, 1200, 2400]);
    expect((await registry.status(source.id))?.consecutive_failures).toBe(3);
  });

  it("reports a page that is not a feed as the source's error", async () => {
    const source = await registry.add({ name: "Oops", url: `${base}/not-a-feed`, kind: "feed", interval_seconds: 60 });
    expect((await runFeedFetch({ sourceId: source.id }, deps)).error).toBe(`${base}/not-a-feed: is not an RSS or Atom feed`);
  });

  it("page sources enqueue the page itself; folder sources enqueue new or changed files", async () => {
    const page = await registry.add({ name: "Page", url: `${base}/page.html`, kind: "page", interval_seconds: 60 });
    expect(await runFeedFetch({ sourceId: page.id }, deps)).toEqual({ outcome: "ok", newItems: 1 });
    expect(Buffer.from(sender.documents[0].bodyBase64!, "base64").toString()).toBe(items[0].html);

    const dir = mkdtempSync(join(tmpdir(), "cw-folder-"));
    try {
      writeFileSync(join(dir, "a.txt"), "first report");
      writeFileSync(join(dir, "notes.bin"), "ignored");
      const folder = await registry.add({ name: "Inbox", url: dir, kind: "folder", interval_seconds: 60, country: "NER" });
      expect(await runFeedFetch({ sourceId: folder.id }, deps)).toEqual({ outcome: "ok", newItems: 1 });
      writeFileSync(join(dir, "b.html"), "<p>second</p>");
      expect(await runFeedFetch({ sourceId: folder.id }, deps)).toEqual({ outcome: "ok", newItems: 1 });
      expect(sender.documents.slice(1).map((d) => [d.path, d.hints.countryHint])).toEqual([
        [join(dir, "a.txt"), "NER"],
        [join(dir, "b.html"), "NER"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
