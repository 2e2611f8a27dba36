import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { openSourceRegistry } from "../../store/sources/index.js";
import { createScratchDatabase, type ScratchDatabase } from "../../store/sources/scratch-database.js";
import { DEFAULT_JOB_TUNING, JOBS_SCHEMA, openJobBoss, QUEUES } from "./job-queues.js";
import { runWatcher } from "./watcher.js";

const PG = process.env.CONFLICTWATCH_TEST_PG;

describe.skipIf(!PG)(`watch: one scheduler per database${PG ? "" : " (SKIPPED: set CONFLICTWATCH_TEST_PG)"}`, () => {
  const scratch: ScratchDatabase[] = [];
  afterAll(async () => {
    for (const db of scratch) await db.drop();
  });

  it("two watchers schedule each due source once; the standby takes over when the first stops", async () => {
    const db = await createScratchDatabase(PG!, "cw_watch_test");
    scratch.push(db);
    const registry = await openSourceRegistry(db.url);
    for (let i = 0; i < 5; i++) {
      await registry.add({ name: `Feed ${i}`, url: `https://feeds.example/${i}.xml`, kind: "feed", interval_seconds: 3600 });
    }
    const boss = await openJobBoss(db.url, DEFAULT_JOB_TUNING, { supervise: false });
    const first = new AbortController();
    const second = new AbortController();
    const lines: string[] = [];
    const a = runWatcher(db.url, boss, registry, { tickMs: 100, batch: 100, signal: first.signal, log: (l) => lines.push(`a ${l}`) });
    await waitFor(() => lines.some((l) => l.startsWith("a watch: scheduling")));
    const b = runWatcher(db.url, boss, registry, { tickMs: 100, batch: 100, signal: second.signal, log: (l) => lines.push(`b ${l}`) });
    await new Promise((resolve) => setTimeout(resolve, 500));
    first.abort();
    const summaryA = await a;
    expect(summaryA.scheduled).toBe(5);
    expect(summaryA.standbyTicks).toBe(0);

    // A new source becomes due: the standby, now holding the lock, schedules it.
    await registry.add({ name: "Late", url: "https://feeds.example/late.xml", kind: "feed", interval_seconds: 3600 });
    await waitFor(() => lines.some((l) => l.startsWith("b watch: scheduling")));
    await waitFor(async () => (await feedJobs(db.url)) === 6);
    second.abort();
    const summaryB = await b;
    expect(summaryB.standbyTicks).toBeGreaterThan(0);
    expect(summaryB.scheduled).toBe(1);
    expect(lines).toContain("b watch: another watcher is scheduling this database; standing by");
    expect(await feedJobs(db.url)).toBe(6);
    await boss.stop({ graceful: false, close: true, wait: true });
    await registry.close();
  }, 60_000);
});

async function feedJobs(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const [row] = await sql`SELECT COUNT(*)::int AS n FROM ${sql(JOBS_SCHEMA)}.job WHERE name = ${QUEUES.feed}`;
    return row.n as number;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
