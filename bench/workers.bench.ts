/**
 * Load test of team deployment: four worker processes (the compiled CLI's `worker`)
 * ingest 20,000 invented reports served by a local HTTP server (200 RSS feeds of 100
 * items) into one PostgreSQL database; one worker is SIGKILLed midway. Then the
 * same reports are ingested by one process into SQLite, and the counts must match:
 * no duplicates, no losses.
 *
 *   CONFLICTWATCH_BENCH_PG=postgres://user@127.0.0.1:5432/postgres npm run bench -- workers
 *   CONFLICTWATCH_BENCH_REPORTS=2000 ... for a shorter run
 *
 * The database named by CONFLICTWATCH_BENCH_PG is only used to create (and drop) a scratch database.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { loadServices } from "../src/pipeline/index.js";
import { ingestRawDocument } from "../src/pipeline/ingest.js";
import { openJobBoss, scheduleDue } from "../src/pipeline/jobs/index.js";
import { testArticle, testFeed } from "../src/pipeline/jobs/test-articles.js";
import { openStore } from "../src/store/index.js";
import { openSourceRegistry } from "../src/store/sources/index.js";
import { createScratchDatabase } from "../src/store/sources/scratch-database.js";

const WORKERS = 4;
const ITEMS_PER_FEED = 100;
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cliMain = join(root, "dist", "src", "cli", "main.js");

export default async function workersBench(): Promise<void> {
  const pg = process.env.CONFLICTWATCH_BENCH_PG;
  if (!pg) {
    console.log("workers: SKIPPED - set CONFLICTWATCH_BENCH_PG=postgres://... (a server this bench may create a scratch database on)");
    return;
  }
  const reports = Number(process.env.CONFLICTWATCH_BENCH_REPORTS ?? 20_000);
  const feeds = Math.ceil(reports / ITEMS_PER_FEED);
  const server = await serveReports(reports);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const db = await createScratchDatabase(pg, "cw_bench_workers");
  try {
    const store = await openStore(db.url);
    await store.migrate();
    await store.close();
    const registry = await openSourceRegistry(db.url);
    for (let f = 0; f < feeds; f++) {
      await registry.add({ name: `Bench Wire ${f}`, url: `${base}/feed/${f}.xml`, kind: "feed", interval_seconds: 86_400, language: null, country: null });
    }
    const boss = await openJobBoss(db.url, undefined, { supervise: false, maxConnections: 2 });
    const scheduled = await scheduleDue(boss, registry, { batch: feeds });
    await boss.stop({ graceful: false, close: true, wait: true });
    await registry.close();
    console.log(`workers: ${reports} reports in ${scheduled} feeds on ${base}; ${WORKERS} worker processes; one is killed at half way`);

    const started = Date.now();
    const children = Array.from({ length: WORKERS }, () => spawnWorker(db.url));
    const counter = postgres(db.url, { max: 1, onnotice: () => undefined });
    let killedAt: number | null = null;
    let lastCount = 0;
    let lastChange = started;
    const exited = children.map((child) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code))));
    let running = WORKERS;
    exited.forEach((p) => p.then(() => (running -= 1)));
    while (running > 0) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const [{ n }] = await counter`SELECT COUNT(*)::int AS n FROM documents`;
      if (n !== lastCount) {
        lastCount = n;
        lastChange = Date.now();
      }
      if (killedAt === null && n >= reports / 2) {
        children[0].kill("SIGKILL");
        killedAt = n;
        console.log(`workers: killed worker 1 (pid ${children[0].pid}) with ${n} documents stored`);
      }
    }
    const seconds = (lastChange - started) / 1000;
    const [{ documents, distinct }] = await counter`SELECT COUNT(*)::int AS documents, COUNT(DISTINCT content_hash)::int AS distinct FROM documents`;
    await counter.end({ timeout: 5 });
    const pgStore = await openStore(db.url);
    const pgEvents = await pgStore.countEvents({ includeRejected: true });
    await pgStore.close();
    console.log(
      `workers: PostgreSQL, ${WORKERS} workers: ${documents} documents (${distinct} distinct hashes), ${pgEvents} events in ${seconds.toFixed(1)} s = ${(documents / seconds).toFixed(1)} documents/s`,
    );

    const reference = await sqliteReference(base, reports);
    console.log(
      `workers: SQLite, 1 process: ${reference.documents} documents, ${reference.events} events in ${reference.seconds.toFixed(1)} s = ${(reference.documents / reference.seconds).toFixed(1)} documents/s`,
    );
    const same = documents === reference.documents && pgEvents === reference.events && distinct === documents;
    console.log(`workers: ${same ? "OK - same documents and events, no duplicates, nothing lost" : "MISMATCH - counts differ (see above)"}`);
    if (!same) process.exitCode = 1;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await db.drop();
  }
}

/** Feed f lists reports f*100 .. f*100+99; every report is generated on request. */
async function serveReports(reports: number): Promise<Server> {
  const server = createServer((req, res) => {
    const feed = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? "");
    const article = /^\/a\/(\d+)\.html$/.exec(req.url ?? "");
    if (feed) {
      const f = Number(feed[1]);
      const items = [];
      for (let i = f * ITEMS_PER_FEED; i < Math.min(reports, (f + 1) * ITEMS_PER_FEED); i++) items.push(testArticle(i));
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(testFeed(`http://${req.headers.host}`, items));
    } else if (article && Number(article[1]) < reports) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(testArticle(Number(article[1])).html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

let workerArgv: string[] | null = null;

/** `node dist/src/cli/main.js worker ...`; until the command is registered in the CLI, the compiled command module is run directly. */
function spawnWorker(url: string): ChildProcess {
  const args = ["--db", url, "--concurrency", "2", "--host-interval-ms", "0", "--until-idle", "5", "--expire-seconds", "15", "--retry-delay-seconds", "1"];
  if (workerArgv === null) {
    let help = "";
    try {
      help = execFileSync(process.execPath, [cliMain, "help"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      // CLI not built completely: fall back to the command module below.
    }
    workerArgv = /^\s+worker\s/m.test(help)
      ? [cliMain, "worker"]
      : [
          "--input-type=module",
          "-e",
          `const { parseArgs } = await import("node:util");
           const { command } = await import(${JSON.stringify(join(root, "dist", "src", "cli", "commands", "worker.js"))});
           const { values, positionals } = parseArgs({ args: process.argv.slice(1), options: command.options, allowPositionals: false, strict: true });
           process.exitCode = await command.run(values, positionals, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() });`,
          "--",
        ];
  }
  return spawn(process.execPath, [...workerArgv, ...args], { stdio: ["ignore", "inherit", "inherit"] });
}

async function sqliteReference(base: string, reports: number): Promise<{ documents: number; events: number; seconds: number }> {
  const services = loadServices();
  const store = await openStore(":memory:");
  await store.migrate();
  const started = Date.now();
  for (let i = 0; i < reports; i++) {
    const article = testArticle(i);
    const url = `${base}${article.path}`;
    const response = await fetch(url);
    await ingestRawDocument(
      {
        origin: url,
        url,
        bytes: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get("content-type"),
        hints: { sourceName: `Bench Wire ${Math.floor(i / ITEMS_PER_FEED)}`, title: article.title, publishedAt: article.publishedAt },
      },
      store,
      services,
    );
  }
  const seconds = (Date.now() - started) / 1000;
  const result = { documents: (await store.listDocumentIds()).length, events: await store.countEvents({ includeRejected: true }), seconds };
  await store.close();
  return result;
}
