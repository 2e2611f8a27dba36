import type PgBoss from "pg-boss";
import type { IngestOutcome } from "../../domain/index.js";
import {
  runArticleFetch,
  runDocumentProcess,
  runFeedFetch,
  type JobDependencies,
  type JobSender,
} from "./job-handlers.js";
import { ALL_QUEUES, QUEUES, type ArticleFetchJob, type DocumentProcessJob, type FeedFetchJob, type JobTuning, type QueueName } from "./job-queues.js";

/** pg-boss as the place follow-up jobs go; singleton keys make re-sends of queued work no-ops. */
export function bossSender(boss: PgBoss): JobSender {
  return {
    async sendArticle(job: ArticleFetchJob) {
      await boss.send(QUEUES.article, job, { singletonKey: job.url });
    },
    async sendDocument(job: DocumentProcessJob) {
      await boss.send(QUEUES.document, job);
    },
  };
}

export interface WorkerOptions {
  /** Jobs of each queue this process runs at once. */
  concurrency: number;
  tuning: JobTuning;
  queues?: QueueName[];
}

export interface WorkerCounts {
  feeds: number;
  articles: number;
  documents: number;
  documentsNew: number;
  documentsDuplicate: number;
  eventsNew: number;
  eventsMerged: number;
  failures: number;
}

export interface WorkerEvents {
  onFailure?(queue: QueueName, jobId: string, error: Error): void;
  onDocument?(outcome: IngestOutcome): void;
}

export interface RunningWorker {
  readonly counts: WorkerCounts;
  /** Stops taking jobs; with graceful, waits (up to timeoutMs) for running jobs to finish. */
  stop(options?: { graceful?: boolean; timeoutMs?: number }): Promise<void>;
}

/**
 * Registers this process as a worker on the three queues. Any number of processes
 * on any number of machines may do so: pg-boss hands each job to one of them
 * (SKIP LOCKED), a job whose worker dies expires and is retried elsewhere, and a job
 * that keeps failing is retried with backoff and then parked as failed with its error.
 */
export async function startWorker(boss: PgBoss, deps: JobDependencies, options: WorkerOptions, events: WorkerEvents = {}): Promise<RunningWorker> {
  const counts: WorkerCounts = { feeds: 0, articles: 0, documents: 0, documentsNew: 0, documentsDuplicate: 0, eventsNew: 0, eventsMerged: 0, failures: 0 };
  const queues = options.queues ?? ALL_QUEUES;

  const wrap = <T>(queue: QueueName, run: (data: T) => Promise<unknown>) => async (jobs: PgBoss.Job<T>[]) => {
    const outputs: unknown[] = [];
    for (const job of jobs) {
      try {
        outputs.push(await run(job.data));
      } catch (error) {
        counts.failures += 1;
        events.onFailure?.(queue, job.id, error as Error);
        throw error;
      }
    }
    return outputs.length === 1 ? outputs[0] : outputs;
  };

  const handlers: Record<QueueName, (jobs: PgBoss.Job<never>[]) => Promise<unknown>> = {
    "feed.fetch": wrap<FeedFetchJob>(QUEUES.feed, async (data) => {
      const result = await runFeedFetch(data, deps);
      counts.feeds += 1;
      return result;
    }),
    "article.fetch": wrap<ArticleFetchJob>(QUEUES.article, async (data) => {
      const result = await runArticleFetch(data, deps);
      counts.articles += 1;
      if (result.processedInline) countDocument(result.processedInline);
      return { bytes: result.bytes, processedInline: result.processedInline !== null };
    }),
    "document.process": wrap<DocumentProcessJob>(QUEUES.document, async (data) => {
      const outcome = await runDocumentProcess(data, deps);
      countDocument(outcome);
      return outcome;
    }),
  };

  function countDocument(outcome: IngestOutcome): void {
    counts.documents += 1;
    if (outcome.status === "duplicate") counts.documentsDuplicate += 1;
    else counts.documentsNew += 1;
    counts.eventsNew += outcome.eventsNew;
    counts.eventsMerged += outcome.eventsMerged;
    events.onDocument?.(outcome);
  }

  // Our own fetch loops rather than boss.work(): pg-boss 10's work loop waits a whole
  // polling interval after every batch, which caps a worker at one job per interval.
  // Here a loop that finds a job asks again at once and only sleeps when the queue is empty.
  let stopping = false;
  const wake = new Set<() => void>();
  const loop = async (queue: QueueName) => {
    while (!stopping) {
      let job: PgBoss.Job<never> | undefined;
      try {
        [job] = await boss.fetch<never>(queue, { batchSize: 1 });
      } catch (error) {
        events.onFailure?.(queue, "-", error as Error);
      }
      if (!job) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, options.tuning.pollingIntervalSeconds * 1000);
          wake.add(done);
          function done() {
            clearTimeout(timer);
            wake.delete(done);
            resolve();
          }
        });
        continue;
      }
      try {
        const output = await handlers[queue]([job]);
        await boss.complete(queue, job.id, (output ?? undefined) as object);
      } catch (error) {
        await boss.fail(queue, job.id, serializableError(error)).catch(() => undefined);
      }
    }
  };
  const loops: Promise<void>[] = [];
  for (const queue of queues) {
    for (let i = 0; i < Math.max(1, options.concurrency); i++) loops.push(loop(queue));
  }

  let stopped = false;
  return {
    counts,
    async stop({ graceful = true, timeoutMs = 30_000 } = {}) {
      if (stopped) return;
      stopped = true;
      stopping = true;
      for (const done of [...wake]) done();
      // Graceful: let running jobs finish (up to the timeout); their rows stay active otherwise and expire.
      if (graceful) await Promise.race([Promise.all(loops), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
      await boss.stop({ graceful: false, wait: true, close: true });
    },
  };
}

/** pg-boss stores the failure as the job's output: keep the message (shown by `sources status`) and the stack. */
function serializableError(error: unknown): object {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { message: String(error) };
}
