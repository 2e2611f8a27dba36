import PgBoss from "pg-boss";
import type { DocumentHints } from "../../domain/document.js";
import { postgresTarget } from "../../store/sources/index.js";

/**
 * The three kinds of ingestion work, as pg-boss queues in the team's PostgreSQL
 * database (schema `conflictwatch_jobs`, beside the event store's tables).
 */
export const QUEUES = {
  /** Poll one source (feed, page or folder) and enqueue what is new. One queued + one running per source. */
  feed: "feed.fetch",
  /** Fetch one article found in a feed. At most one queued per URL. */
  article: "article.fetch",
  /** Clean, code, geocode and store one document. Idempotent by content hash. */
  document: "document.process",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export const ALL_QUEUES: QueueName[] = [QUEUES.feed, QUEUES.article, QUEUES.document];
export const JOBS_SCHEMA = "conflictwatch_jobs";

/** The connection URL and pg-boss schema for a location; a team schema (`?schema=team_a`) gets its own queues (`team_a_jobs`). */
export function jobsTarget(location: string): { url: string; jobsSchema: string } {
  const { url, schema } = postgresTarget(location);
  return { url, jobsSchema: schema ? `${schema}_jobs` : JOBS_SCHEMA };
}

export interface FeedFetchJob {
  sourceId: string;
}

export interface ArticleFetchJob {
  sourceId: string | null;
  url: string;
  hints: DocumentHints;
}

/** A document to process: its bytes (base64) as fetched, or a local file path (folder sources). */
export interface DocumentProcessJob {
  sourceId: string | null;
  origin: string;
  url: string | null;
  contentType: string | null;
  bodyBase64?: string;
  path?: string;
  hints: DocumentHints;
}

/** Retry, expiry and polling settings; tests and the load test shorten them. */
export interface JobTuning {
  /** A job running longer than this (e.g. on a worker that was killed) is failed and retried. */
  expireInSeconds: Record<QueueName, number>;
  retryLimit: Record<QueueName, number>;
  /** First retry delay; doubled (with jitter) on each further retry. */
  retryDelaySeconds: Record<QueueName, number>;
  /** How often expired jobs are looked for. */
  maintenanceIntervalSeconds: number;
  /** How often an idle worker asks for work. */
  pollingIntervalSeconds: number;
}

export const DEFAULT_JOB_TUNING: JobTuning = {
  expireInSeconds: { "feed.fetch": 120, "article.fetch": 120, "document.process": 300 },
  retryLimit: { "feed.fetch": 2, "article.fetch": 4, "document.process": 3 },
  retryDelaySeconds: { "feed.fetch": 60, "article.fetch": 30, "document.process": 10 },
  maintenanceIntervalSeconds: 30,
  pollingIntervalSeconds: 2,
};

const POLICIES: Record<QueueName, PgBoss.QueuePolicy> = {
  // stately: one created and one active job per key (the source id), so a slow poll is never doubled.
  "feed.fetch": "stately",
  // short: one created job per key (the URL); a feed re-read while its items wait adds nothing.
  "article.fetch": "short",
  "document.process": "standard",
};

export function queueOptions(name: QueueName, tuning: JobTuning): PgBoss.Queue {
  return {
    name,
    policy: POLICIES[name],
    retryLimit: tuning.retryLimit[name],
    retryDelay: tuning.retryDelaySeconds[name],
    retryBackoff: true,
    expireInSeconds: tuning.expireInSeconds[name],
  };
}

export interface BossOptions {
  /** Connections in pg-boss's own pool. */
  maxConnections?: number;
  /** Run pg-boss maintenance (expiring jobs of dead workers, archiving). Workers do; one-off commands need not. */
  supervise?: boolean;
}

/** Starts pg-boss on the database (installing its schema once) and creates or updates the queues. */
export async function openJobBoss(location: string, tuning: JobTuning = DEFAULT_JOB_TUNING, options: BossOptions = {}): Promise<PgBoss> {
  const { url, jobsSchema } = jobsTarget(location);
  const boss = new PgBoss({
    connectionString: url,
    schema: jobsSchema,
    max: options.maxConnections ?? 4,
    application_name: "conflictwatch",
    supervise: options.supervise ?? true,
    schedule: false,
    maintenanceIntervalSeconds: tuning.maintenanceIntervalSeconds,
  });
  // Errors from pg-boss's background loops (a dropped connection) are retried by it; keep them from crashing the process.
  boss.on("error", (error) => {
    if (process.env.CONFLICTWATCH_DEBUG) console.error("pg-boss:", error);
  });
  await boss.start();
  for (const name of ALL_QUEUES) {
    await boss.createQueue(name, queueOptions(name, tuning));
    await boss.updateQueue(name, queueOptions(name, tuning));
  }
  return boss;
}
