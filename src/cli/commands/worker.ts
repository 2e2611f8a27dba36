import type PgBoss from "pg-boss";
import {
  ALL_QUEUES,
  DEFAULT_JOB_TUNING,
  DEFAULT_POLITE_FETCH,
  jobsTarget,
  openJobBoss,
  pipelineDocumentProcessor,
  startWorker,
  bossSender,
  type JobTuning,
  type QueueName,
} from "../../pipeline/jobs/index.js";
import { loadServices } from "../../pipeline/index.js";
import { openSourceRegistry } from "../../store/sources/index.js";
import type { CliCommand, CliContext, OptionValues } from "../command.js";
import { UsageError } from "../command.js";
import { displayLocation, isPostgresUrl, resolveDbLocation } from "../db-location.js";
import { parseNonNegativeInteger, stringOption } from "../option-values.js";
import { withStore } from "../store-session.js";

/** `watch` and `worker` share the job queue, which lives in PostgreSQL. */
export function requirePostgres(values: OptionValues, ctx: CliContext, commandName: string): string {
  const location = resolveDbLocation(stringOption(values, "db"), ctx.env, ctx.cwd);
  if (!isPostgresUrl(location)) {
    throw new UsageError(
      `${commandName} needs PostgreSQL (--db postgres://... or CONFLICTWATCH_DB); ${displayLocation(location)} is a SQLite file. ` +
        "One analyst on SQLite ingests with `conflictwatch ingest URL...`; `conflictwatch copy` moves a SQLite file to PostgreSQL.",
    );
  }
  return location;
}

/** An AbortSignal fired by the first SIGINT or SIGTERM (handlers removed by `release`). */
export function stopOnSignals(): { signal: AbortSignal; release: () => void; received: () => string | null } {
  const controller = new AbortController();
  let got: string | null = null;
  const handler = (name: string) => () => {
    got = name;
    controller.abort();
  };
  const onInt = handler("SIGINT");
  const onTerm = handler("SIGTERM");
  process.once("SIGINT", onInt);
  process.once("SIGTERM", onTerm);
  return {
    signal: controller.signal,
    received: () => got,
    release: () => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
    },
  };
}

export function tuningFromOptions(values: OptionValues): JobTuning {
  const tuning: JobTuning = structuredClone(DEFAULT_JOB_TUNING);
  const expire = stringOption(values, "expire-seconds");
  if (expire !== undefined) {
    const seconds = parseNonNegativeInteger("expire-seconds", expire);
    if (seconds < 1) throw new UsageError("--expire-seconds must be at least 1");
    for (const q of ALL_QUEUES) tuning.expireInSeconds[q] = seconds;
    tuning.maintenanceIntervalSeconds = Math.max(1, Math.min(tuning.maintenanceIntervalSeconds, Math.ceil(seconds / 2)));
  }
  const retryLimit = stringOption(values, "retry-limit");
  if (retryLimit !== undefined) {
    const limit = parseNonNegativeInteger("retry-limit", retryLimit);
    for (const q of ALL_QUEUES) tuning.retryLimit[q] = limit;
  }
  const retryDelay = stringOption(values, "retry-delay-seconds");
  if (retryDelay !== undefined) {
    const seconds = parseNonNegativeInteger("retry-delay-seconds", retryDelay);
    for (const q of ALL_QUEUES) tuning.retryDelaySeconds[q] = seconds;
  }
  return tuning;
}

export const TUNING_OPTIONS = {
  "expire-seconds": { type: "string" },
  "retry-delay-seconds": { type: "string" },
  "retry-limit": { type: "string" },
} as const;

export const TUNING_OPTION_HELP = {
  "expire-seconds": "a job running longer than this (its worker died) is retried elsewhere (default: 120 for fetches, 300 for documents)",
  "retry-delay-seconds": "first retry delay of a failed job, doubled on each retry (default: 60 feeds, 30 articles, 10 documents)",
  "retry-limit": "retries before a failing job is parked (default: 2 feeds, 4 articles, 3 documents)",
};

export const command: CliCommand = {
  name: "worker",
  summary: "run ingestion jobs (feed polls, article fetches, documents) from the PostgreSQL job queue; run as many as needed, anywhere",
  usage: ["worker --db postgres://... [--concurrency 4] [--host-interval-ms 1000] [--until-idle SECONDS]"],
  options: {
    db: { type: "string" },
    concurrency: { type: "string" },
    "host-interval-ms": { type: "string" },
    "timeout-ms": { type: "string" },
    "until-idle": { type: "string" },
    queues: { type: "string" },
    verbose: { type: "boolean" },
    ...TUNING_OPTIONS,
  },
  optionHelp: {
    db: "PostgreSQL URL of the team database (default: $CONFLICTWATCH_DB)",
    concurrency: "jobs of each kind this process runs at once (default 2)",
    "host-interval-ms": `minimum spacing of requests to one host, shared by all workers (default ${DEFAULT_POLITE_FETCH.hostIntervalMs})`,
    "timeout-ms": `give up on a request after this long (default ${DEFAULT_POLITE_FETCH.timeoutMs})`,
    "until-idle": "exit once no job has been waiting or running for this many seconds (batch runs); default: run until SIGINT/SIGTERM",
    queues: `comma-separated queues to work (default all: ${ALL_QUEUES.join(",")})`,
    verbose: "log every failed job and a line per 100 documents on stderr",
    ...TUNING_OPTION_HELP,
  },
  allowPositionals: false,
  async run(values, _positionals, ctx) {
    const location = requirePostgres(values, ctx, "worker");
    const concurrencyText = stringOption(values, "concurrency");
    const concurrency = concurrencyText ? parseNonNegativeInteger("concurrency", concurrencyText) : 2;
    if (concurrency < 1) throw new UsageError("--concurrency must be at least 1");
    const hostInterval = stringOption(values, "host-interval-ms");
    const timeout = stringOption(values, "timeout-ms");
    const fetchOptions = {
      ...DEFAULT_POLITE_FETCH,
      hostIntervalMs: hostInterval !== undefined ? parseNonNegativeInteger("host-interval-ms", hostInterval) : DEFAULT_POLITE_FETCH.hostIntervalMs,
      timeoutMs: timeout !== undefined ? parseNonNegativeInteger("timeout-ms", timeout) : DEFAULT_POLITE_FETCH.timeoutMs,
    };
    const idleText = stringOption(values, "until-idle");
    const untilIdleMs = idleText !== undefined ? parseNonNegativeInteger("until-idle", idleText) * 1000 : null;
    const queues = parseQueues(stringOption(values, "queues"));
    const tuning = tuningFromOptions(values);
    const verbose = values.verbose === true;
    const log = (line: string) => {
      if (verbose || ctx.stderr.isTTY) ctx.stderr.write(line + "\n");
    };

    const services = loadServices();
    return withStore(values, ctx, async (store) => {
      const stop = stopOnSignals();
      let registry: Awaited<ReturnType<typeof openSourceRegistry>> | null = null;
      let boss: Awaited<ReturnType<typeof openJobBoss>> | null = null;
      const started = Date.now();
      let documents = 0;
      try {
        registry = await openSourceRegistry(location);
        boss = await openJobBoss(location, tuning, { maxConnections: Math.min(10, 2 + concurrency) });
        const worker = await startWorker(
          boss,
          { registry, processor: pipelineDocumentProcessor(store, services), sender: bossSender(boss), fetch: fetchOptions },
          { concurrency, tuning, queues },
          {
            onFailure: (queue, id, error) => log(`worker: ${queue} job ${id} failed (will be retried, then parked): ${error.message}`),
            onDocument: () => {
              documents += 1;
              if (documents % 100 === 0) log(`worker: ${documents} documents`);
            },
          },
        );
        log(`worker: working ${queues.join(", ")} on ${displayLocation(location)} with concurrency ${concurrency}`);
        await waitForStop(boss, location, stop.signal, untilIdleMs, () => worker.counts.documents + worker.counts.articles + worker.counts.feeds);
        await worker.stop({ graceful: true, timeoutMs: 30_000 });
        const c = worker.counts;
        const seconds = (Date.now() - started) / 1000;
        ctx.stdout.write(
          `worker: ${c.feeds} feed polls, ${c.articles} articles, ${c.documents} documents (${c.documentsNew} new, ${c.documentsDuplicate} duplicates), ` +
            `${c.eventsNew} events new, ${c.eventsMerged} merged, ${c.failures} failed attempts in ${seconds.toFixed(1)} s\n`,
        );
        return 0;
      } finally {
        stop.release();
        await boss?.stop({ graceful: false, close: true, wait: true }).catch(() => undefined);
        await registry?.close();
      }
    });
  },
};

function parseQueues(text: string | undefined): QueueName[] {
  if (!text) return [...ALL_QUEUES];
  const names = text.split(",").map((q) => q.trim()).filter(Boolean);
  for (const name of names) {
    if (!(ALL_QUEUES as string[]).includes(name)) throw new UsageError(`--queues: unknown queue "${name}" (use ${ALL_QUEUES.join(", ")})`);
  }
  return names as QueueName[];
}

/** Resolves on SIGINT/SIGTERM, or (with --until-idle) once the queues have stayed empty and this worker idle that long. */
async function waitForStop(boss: PgBoss, location: string, signal: AbortSignal, untilIdleMs: number | null, done: () => number): Promise<void> {
  const { jobsSchema } = jobsTarget(location);
  let lastDone = done();
  let idleSince = Date.now();
  while (!signal.aborted) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, 1000);
      signal.addEventListener("abort", done, { once: true });
      function done() {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        resolve();
      }
    });
    if (untilIdleMs === null || signal.aborted) continue;
    const now = done();
    if (now !== lastDone) {
      lastDone = now;
      idleSince = Date.now();
      continue;
    }
    // Active jobs count too: a job of a killed worker stays active until it expires, then is retried.
    const { rows } = await boss
      .getDb()
      .executeSql(`SELECT COUNT(*)::int AS n FROM ${jobsSchema}.job WHERE name = ANY($1) AND state IN ('created', 'retry', 'active')`, [ALL_QUEUES]);
    if (rows[0].n > 0) idleSince = Date.now();
    else if (Date.now() - idleSince >= untilIdleMs) return;
  }
}
