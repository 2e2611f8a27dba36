import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type PgBoss from "pg-boss";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../domain/index.js";
import { openStore } from "../../store/index.js";
import { openSourceRegistry, type SqlSourceRegistry } from "../../store/sources/index.js";
import { createScratchDatabase, type ScratchDatabase } from "../../store/sources/scratch-database.js";
import { ingestRawDocument } from "../ingest.js";
import { loadServices, type Services } from "../services.js";
import { pipelineDocumentProcessor } from "./document-processor.js";
import { ALL_QUEUES, DEFAULT_JOB_TUNING, JOBS_SCHEMA, openJobBoss, type JobTuning } from "./job-queues.js";
import { readJobStatus } from "./job-status.js";
import { DEFAULT_POLITE_FETCH } from "./polite-fetch.js";
import { testArticle, testFeed } from "./test-articles.js";
import { scheduleDue } from "./watcher.js";
import { bossSender, startWorker, type RunningWorker } from "./worker.js";

const PG = process.env.CONFLICTWATCH_TEST_PG;
if (!PG) console.warn("worker tests: CONFLICTWATCH_TEST_PG is not set; multi-worker tests are SKIPPED");

/** Short retries; expiry long enough that a busy machine does not expire live jobs. */
const TUNING: JobTuning = {
  ...DEFAULT_JOB_TUNING,
  expireInSeconds: { "feed.fetch": 60, "article.fetch": 60, "document.process": 60 },
  retryLimit: { "feed.fetch": 1, "article.fetch": 1, "document.process": 2 },
  retryDelaySeconds: { "feed.fetch": 1, "article.fetch": 1, "document.process": 1 },
  maintenanceIntervalSeconds: 1,
  pollingIntervalSeconds: 0.5,
};
/** Short expiry so a killed worker's jobs come back within seconds. */
const KILL_TUNING: JobTuning = { ...TUNING, expireInSeconds: { "feed.fetch": 4, "article.fetch": 4, "document.process": 4 } };
const FETCH = { ...DEFAULT_POLITE_FETCH, hostIntervalMs: 0, timeoutMs: 5000 };
const SOURCE = { name: "Sahel Test Wire", kind: "feed" as const, interval_seconds: 3600, language: "en", country: "BFA" };

/** 28 distinct reports, one of them also served under a second URL, plus a link that is gone (404). */
const ARTICLES = Array.from({ length: 28 }, (_, i) => testArticle(i));
const DUPLICATE = { ...ARTICLES[5], path: "/mirror/5.html" };
const GONE = { path: "/a/gone.html", title: "Removed", publishedAt: "2025-02-01" };

describe.skipIf(!PG)(`ingestion workers on one PostgreSQL queue${PG ? "" : " (SKIPPED: set CONFLICTWATCH_TEST_PG)"}`, () => {
  let server: Server;
  let base: string;
  let services: Services;
  let expected: { documents: number; events: number };
  const scratch: ScratchDatabase[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const article = [...ARTICLES, DUPLICATE].find((a) => a.path === req.url);
      if (req.url === "/feed.xml") res.writeHead(200, { "content-type": "application/rss+xml" }).end(testFeed(base, [...ARTICLES, DUPLICATE, GONE]));
      else if (article) res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(article.html);
      else res.writeHead(404).end("not found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    services = loadServices();
    expected = await singleProcessSqliteIngest(base, services);
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    for (const db of scratch) await db.drop();
  });

  async function freshDatabase(): Promise<{ url: string; registry: SqlSourceRegistry; sourceId: string }> {
    const db = await createScratchDatabase(PG!, "cw_worker_test");
    scratch.push(db);
    const store = await openStore(db.url);
    await store.migrate();
    await store.close();
    const registry = await openSourceRegistry(db.url);
    const source = await registry.add({ ...SOURCE, url: `${base}/feed.xml` });
    return { url: db.url, registry, sourceId: source.id };
  }

  it("two workers store every document and event exactly once, and park the dead link with its error", async () => {
    const { url, registry, sourceId } = await freshDatabase();
    const a = await inProcessWorker(url, services);
    const b = await inProcessWorker(url, services);
    expect(await scheduleDue(a.boss, registry, { batch: 10 })).toBe(1);
    await waitUntilIdle(url);
    await Promise.all([a.stop(), b.stop()]);

    const counts = await storeCounts(url);
    expect(counts).toEqual(expected);
    expect(a.worker.counts.documents + b.worker.counts.documents).toBe(ARTICLES.length + 1);
    expect(a.worker.counts.documentsDuplicate + b.worker.counts.documentsDuplicate).toBe(1);
    // How the queue shares jobs between the two workers depends on scheduling (on a loaded
    // machine one may take them all): the property under test is exactly-once storage above.

    const status = await registry.status(sourceId);
    expect(status).toMatchObject({ last_outcome: "ok", consecutive_failures: 0, items_seen: ARTICLES.length + 2 });
    const jobs = await readJobStatus(url, { sourceId });
    expect(jobs.parked.map((p) => [p.queue, p.subject, p.error, p.attempts])).toEqual([
      ["article.fetch", `${base}${GONE.path}`, `${base}${GONE.path}: HTTP 404 Not Found`, TUNING.retryLimit["article.fetch"] + 1],
    ]);

    // Polling the unchanged feed again enqueues nothing new and stores nothing twice.
    await registry.deferPoll(sourceId, new Date(0));
    const c = await inProcessWorker(url, services);
    expect(await scheduleDue(c.boss, registry, { batch: 10 })).toBe(1);
    await waitUntilIdle(url);
    await c.stop();
    expect(c.worker.counts.feeds).toBe(1);
    expect(c.worker.counts.articles).toBe(0);
    expect(await storeCounts(url)).toEqual(expected);
    await registry.close();
  });

  it("a worker process killed mid-run loses nothing: its running jobs expire and finish on another worker", async () => {
    const { url, registry } = await freshDatabase();
    // The doomed worker runs alone at first and fetches slowly (host slots 150 ms apart), so it holds jobs when it dies.
    const doomed = spawnWorkerProcess(url, 150);
    await waitFor(async () => (await storeCounts(url)).documents >= 3 && (await activeJobsOf(url)) > 0, 60_000);
    doomed.kill("SIGKILL");
    await new Promise((resolve) => doomed.once("exit", resolve));
    const orphaned = await activeJobsOf(url);
    expect(orphaned).toBeGreaterThan(0);
    expect((await storeCounts(url)).documents).toBeLessThan(expected.documents);

    const survivor = await inProcessWorker(url, services, KILL_TUNING);
    await waitUntilIdle(url);
    await survivor.stop();
    expect(await storeCounts(url)).toEqual(expected);
    // The orphaned jobs were expired and retried: completed on a second attempt, not lost.
    expect(await retriedJobs(url)).toBeGreaterThanOrEqual(1);
    await registry.close();
  }, 120_000);

  async function inProcessWorker(url: string, svc: Services, tuning: JobTuning = TUNING): Promise<{ boss: PgBoss; worker: RunningWorker; stop: () => Promise<void> }> {
    const store: Store = await openStore(url);
    const registry = await openSourceRegistry(url);
    const boss = await openJobBoss(url, tuning, { maxConnections: 4 });
    const worker = await startWorker(
      boss,
      { registry, processor: pipelineDocumentProcessor(store, svc), sender: bossSender(boss), fetch: FETCH },
      { concurrency: 2, tuning },
    );
    return {
      boss,
      worker,
      stop: async () => {
        await worker.stop({ graceful: true, timeoutMs: 10_000 });
        await registry.close();
        await store.close();
      },
    };
  }

  /** A separate Node process running a worker on the same database (killable for real). */
  function spawnWorkerProcess(url: string, hostIntervalMs: number): ChildProcess {
    const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
    const script = `
      const { openStore } = await import(${JSON.stringify(here("../../store/index.js"))});
      const { openSourceRegistry } = await import(${JSON.stringify(here("../../store/sources/index.js"))});
      const { loadServices } = await import(${JSON.stringify(here("../services.js"))});
      const jobs = await import(${JSON.stringify(here("./index.js"))});
      const url = ${JSON.stringify(url)};
      const store = await openStore(url);
      const registry = await openSourceRegistry(url);
      const tuning = ${JSON.stringify(KILL_TUNING)};
      const boss = await jobs.openJobBoss(url, tuning, { maxConnections: 4 });
      const source = (await registry.list())[0];
      await registry.deferPoll(source.id, new Date(0));
      await jobs.scheduleDue(boss, registry, { batch: 10 });
      await jobs.startWorker(boss, {
        registry, processor: jobs.pipelineDocumentProcessor(store, loadServices()), sender: jobs.bossSender(boss),
        fetch: { ...jobs.DEFAULT_POLITE_FETCH, hostIntervalMs: ${hostIntervalMs}, timeoutMs: 5000 },
      }, { concurrency: 3, tuning });
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "ignore", "inherit"] });
    return child;
  }
});

/** What one process ingesting the same reports into SQLite stores: the reference counts. */
async function singleProcessSqliteIngest(base: string, services: Services): Promise<{ documents: number; events: number }> {
  const store = await openStore(":memory:");
  await store.migrate();
  for (const article of [...ARTICLES, DUPLICATE]) {
    const response = await fetch(`${base}${article.path}`);
    await ingestRawDocument(
      {
        origin: `${base}${article.path}`,
        url: `${base}${article.path}`,
        bytes: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get("content-type"),
        hints: { sourceName: SOURCE.name, language: SOURCE.language, countryHint: SOURCE.country, title: article.title, publishedAt: article.publishedAt },
      },
      store,
      services,
    );
  }
  const counts = { documents: (await store.listDocumentIds()).length, events: await store.countEvents({ includeRejected: true }) };
  await store.close();
  return counts;
}

async function storeCounts(url: string): Promise<{ documents: number; events: number }> {
  const store = await openStore(url);
  try {
    return { documents: (await store.listDocumentIds()).length, events: await store.countEvents({ includeRejected: true }) };
  } finally {
    await store.close();
  }
}

async function jobsSql<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function activeJobsOf(url: string): Promise<number> {
  return jobsSql(url, async (sql) => {
    const [row] = await sql`SELECT COUNT(*)::int AS n FROM ${sql(JOBS_SCHEMA)}.job WHERE state = 'active' AND name = ANY(${ALL_QUEUES})`;
    return row.n as number;
  });
}

function retriedJobs(url: string): Promise<number> {
  return jobsSql(url, async (sql) => {
    const [row] = await sql`
      SELECT COUNT(*)::int AS n FROM (
        SELECT retry_count, state FROM ${sql(JOBS_SCHEMA)}.job UNION ALL SELECT retry_count, state FROM ${sql(JOBS_SCHEMA)}.archive
      ) j WHERE j.retry_count > 0 AND j.state = 'completed'`;
    return row.n as number;
  });
}

/** Waits until no job is waiting, retrying or running, twice in a row. */
async function waitUntilIdle(url: string, timeoutMs = 90_000): Promise<void> {
  let quiet = 0;
  await waitFor(async () => {
    const status = await readJobStatus(url);
    const busy = status.queues.reduce((n, q) => n + q.waiting + q.active + q.retrying, 0);
    quiet = busy === 0 ? quiet + 1 : 0;
    return quiet >= 2;
  }, timeoutMs);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
