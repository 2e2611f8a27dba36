import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { PassThrough, Readable } from "node:stream";
import { parseArgs } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../domain/errors.js";
import { testArticle, testFeed } from "../../pipeline/jobs/test-articles.js";
import { openStore } from "../../store/index.js";
import { createScratchDatabase, type ScratchDatabase } from "../../store/sources/scratch-database.js";
import type { CliCommand } from "../command.js";
import { UsageError } from "../command.js";
import { command as sources, parseDuration } from "./sources.js";
import { command as watch } from "./watch.js";
import { command as worker } from "./worker.js";

const PG = process.env.CONFLICTWATCH_TEST_PG;

function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "cw-sources-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs one command as runCli does (parse, run, map usage errors to 2 and input errors to 1), with captured output. */
async function run(command: CliCommand, args: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  let code: number;
  try {
    const { values, positionals } = parseArgs({ args, options: command.options, allowPositionals: command.allowPositionals, strict: true });
    code = await command.run(values, positionals, { stdout, stderr, stdin: Readable.from([""]), env, cwd });
  } catch (error) {
    if (error instanceof UsageError) code = 2;
    else if (error instanceof InputError) code = 1;
    else throw error;
    stderr.write((error as Error).message);
  }
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

describe("parseDuration", () => {
  it.each([
    ["15m", 900],
    ["1h30m", 5400],
    ["90s", 90],
    ["1d", 86400],
    ["600", 600],
  ])("%s is %i seconds", (text, seconds) => expect(parseDuration("every", text)).toBe(seconds));
  it.each(["", "15x", "m", "0", "1h 30"])("rejects %j", (text) => expect(() => parseDuration("every", text)).toThrow(/--every .* is not a duration/));
});

describe("conflictwatch sources on a SQLite file", () => {
  it("adds, lists, shows status and removes sources", async () => {
    const { dir, cleanup } = scratchDir();
    try {
      const db = ["--db", `${dir}/team.db`];
      const added = await run(sources, ["add", "Le Faso", "https://example.bf/feed.xml", "--every", "15m", "--language", "fr", "--country", "BFA", "--reliability", "Regional daily", ...db]);
      expect(added).toMatchObject({ code: 0 });
      expect(added.stdout).toMatch(/^added feed "Le Faso" \(.+\), polled every 15m\n$/);
      expect((await run(sources, ["add", "Reports", "./incoming", ...db], {}, dir)).stdout).toMatch(/added folder "Reports"/);
      const taken = await run(sources, ["add", "le faso", "https://example.bf/other.xml", ...db]);
      expect(taken.code).toBe(1);
      expect(taken.stderr).toContain('source "le faso": a source with this name already exists');
      expect((await run(sources, ["add", "X", "https://x.example/f", "--every", "soon", ...db])).code).toBe(2);

      const list = await run(sources, ["list", ...db]);
      expect(list.stdout.split("\n")[0]).toMatch(/^NAME\s+KIND\s+EVERY\s+LANG\s+COUNTRY\s+ENABLED\s+URL\s+RELIABILITY$/);
      expect(list.stdout).toMatch(/Le Faso\s+feed\s+15m\s+fr\s+BFA\s+yes\s+https:\/\/example\.bf\/feed\.xml\s+Regional daily/);
      const json = JSON.parse((await run(sources, ["list", "--json", ...db])).stdout);
      expect(json.map((s: { name: string }) => s.name)).toEqual(["Le Faso", "Reports"]);

      const status = await run(sources, ["status", "Le Faso", ...db]);
      expect(status.stdout).toContain("Le Faso (feed, every 15m) https://example.bf/feed.xml");
      expect(status.stdout).toContain("last poll: never");
      expect(status.stdout).toContain("jobs: none (SQLite runs no job queue");

      expect((await run(sources, ["remove", "Le Faso", ...db])).code).toBe(0);
      expect((await run(sources, ["remove", "Le Faso", ...db])).code).toBe(1);
      expect((await run(sources, ["frobnicate", ...db])).code).toBe(2);
    } finally {
      cleanup();
    }
  });

  it("watch and worker refuse SQLite with a clear message", async () => {
    const { dir, cleanup } = scratchDir();
    try {
      for (const command of [watch, worker]) {
        const result = await run(command, ["--db", `${dir}/one.db`]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`${command.name} needs PostgreSQL (--db postgres://... or CONFLICTWATCH_DB)`);
      }
    } finally {
      cleanup();
    }
  });
});

describe.skipIf(!PG)(`sources, watch and worker on PostgreSQL${PG ? "" : " (SKIPPED: set CONFLICTWATCH_TEST_PG)"}`, () => {
  let server: Server;
  let base: string;
  let db: ScratchDatabase;
  const articles = Array.from({ length: 6 }, (_, i) => testArticle(100 + i));

  beforeAll(async () => {
    server = createServer((req, res) => {
      const article = articles.find((a) => a.path === req.url);
      if (req.url === "/feed.xml") res.writeHead(200, { "content-type": "application/rss+xml", etag: '"feed-1"' }).end(testFeed(base, [...articles, { path: "/gone", title: "Gone", publishedAt: "2025-01-01" }]));
      else if (article) res.writeHead(200, { "content-type": "text/html" }).end(article.html);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    db = await createScratchDatabase(PG!, "cw_cli_test");
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await db?.drop();
  });

  it("a feed added with `sources add` is scheduled by `watch --once`, ingested by `worker`, and its dead link shows in `sources status`", async () => {
    const env = { CONFLICTWATCH_DB: db.url };
    expect((await run(sources, ["add", "Test Wire", `${base}/feed.xml`, "--every", "1h", "--language", "en"], env)).code).toBe(0);
    const watched = await run(watch, ["--once"], env);
    expect(watched).toMatchObject({ code: 0, stdout: "watch: scheduled 1 feed polls in 1 ticks\n" });
    const worked = await run(worker, ["--until-idle", "2", "--host-interval-ms", "0", "--expire-seconds", "60", "--retry-delay-seconds", "1", "--retry-limit", "1", "--concurrency", "2"], env);
    expect(worked.code).toBe(0);
    expect(worked.stdout).toMatch(/^worker: 1 feed polls, 6 articles, 6 documents \(6 new, 0 duplicates\), \d+ events new, 0 merged, 2 failed attempts in /);

    const store = await openStore(db.url);
    expect((await store.listDocumentIds()).length).toBe(6);
    await store.close();

    const status = await run(sources, ["status"], env);
    expect(status.stdout).toContain("last poll: 20");
    expect(status.stdout).toContain("(ok)");
    expect(status.stdout).toContain("items seen: 7");
    expect(status.stdout).toMatch(/parked jobs \(failed every retry\), newest first:\n .*article\.fetch {2}Test Wire {2}http:\/\/127\.0\.0\.1:\d+\/gone {2}after 2 attempts: .*HTTP 404 Not Found/);
    const json = JSON.parse((await run(sources, ["status", "Test Wire", "--json"], env)).stdout);
    expect(json.sources.map((s: { name: string; status: { items_seen: number } }) => [s.name, s.status.items_seen])).toEqual([["Test Wire", 7]]);
    expect(json.jobs.parked.map((p: { queue: string; error: string }) => [p.queue, p.error])).toEqual([["article.fetch", `${base}/gone: HTTP 404 Not Found`]]);
    expect(json.jobs.queues.find((q: { queue: string }) => q.queue === "document.process")).toMatchObject({ waiting: 0, active: 0, completed: 6 });
    // A second watch finds nothing due (polled an hour ago).
    expect((await run(watch, ["--once"], env)).stdout).toBe("watch: scheduled 0 feed polls in 1 ticks\n");
  }, 120_000);
});
