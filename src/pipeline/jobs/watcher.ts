import type PgBoss from "pg-boss";
import postgres from "postgres";
import type { SourceRegistry } from "../../domain/sources.js";
import { jobsTarget, QUEUES, type FeedFetchJob } from "./job-queues.js";

/** Advisory lock id held by the one active scheduler of a database. */
const WATCHER_LOCK_KEY = 727_002;

export interface WatcherOptions {
  /** How often to look for due sources. */
  tickMs: number;
  /** Most sources scheduled per tick. */
  batch: number;
  signal: AbortSignal;
  /** One pass, then return (cron-style use). */
  once?: boolean;
  log?: (line: string) => void;
}

export interface WatcherSummary {
  ticks: number;
  scheduled: number;
  /** Ticks spent waiting because another watcher held the lock. */
  standbyTicks: number;
}

/**
 * Schedules due sources as `feed.fetch` jobs until the signal aborts. Only one
 * watcher per database schedules at a time (a session advisory lock, released when
 * its connection ends, so a killed watcher's standby takes over); the others wait.
 * A scheduled source is moved one interval ahead at once, and the feed job's
 * singleton key (the source id) keeps a slow poll from being doubled.
 */
export async function runWatcher(location: string, boss: PgBoss, registry: SourceRegistry, options: WatcherOptions): Promise<WatcherSummary> {
  const { url, jobsSchema } = jobsTarget(location);
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  const lockConnection = await sql.reserve();
  const summary: WatcherSummary = { ticks: 0, scheduled: 0, standbyTicks: 0 };
  let holding = false;
  try {
    while (!options.signal.aborted) {
      summary.ticks += 1;
      if (!holding) {
        const [row] = await lockConnection`SELECT pg_try_advisory_lock(${WATCHER_LOCK_KEY}, hashtext(${jobsSchema})) AS locked`;
        holding = row.locked === true;
        if (holding) options.log?.("watch: scheduling due sources");
        else {
          if (summary.standbyTicks === 0) options.log?.("watch: another watcher is scheduling this database; standing by");
          summary.standbyTicks += 1;
        }
      }
      if (holding) summary.scheduled += await scheduleDue(boss, registry, options);
      if (options.once) break;
      await sleep(options.tickMs, options.signal);
    }
  } finally {
    if (holding) await lockConnection`SELECT pg_advisory_unlock(${WATCHER_LOCK_KEY}, hashtext(${jobsSchema}))`.catch(() => undefined);
    lockConnection.release();
    await sql.end({ timeout: 5 });
  }
  return summary;
}

/** One scheduling pass: every due source gets a feed job (unless one is already waiting). */
export async function scheduleDue(boss: PgBoss, registry: SourceRegistry, options: Pick<WatcherOptions, "batch" | "log">): Promise<number> {
  const now = new Date();
  const due = await registry.dueSources(now, options.batch);
  let scheduled = 0;
  for (const source of due) {
    const job: FeedFetchJob = { sourceId: source.id };
    const id = await boss.send(QUEUES.feed, job, { singletonKey: source.id });
    await registry.deferPoll(source.id, new Date(now.getTime() + source.interval_seconds * 1000));
    if (id) {
      scheduled += 1;
      options.log?.(`watch: scheduled ${source.name} (${source.url})`);
    }
  }
  return scheduled;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
