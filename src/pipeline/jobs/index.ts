export { QUEUES, ALL_QUEUES, JOBS_SCHEMA, DEFAULT_JOB_TUNING, openJobBoss, queueOptions, jobsTarget } from "./job-queues.js";
export type { FeedFetchJob, ArticleFetchJob, DocumentProcessJob, JobTuning, QueueName, BossOptions } from "./job-queues.js";
export { pipelineDocumentProcessor, type DocumentProcessor } from "./document-processor.js";
export { runFeedFetch, runArticleFetch, runDocumentProcess, type JobDependencies, type JobSender, type FeedFetchResult } from "./job-handlers.js";
export { startWorker, bossSender, type RunningWorker, type WorkerOptions, type WorkerCounts, type WorkerEvents } from "./worker.js";
export { runWatcher, scheduleDue, type WatcherOptions, type WatcherSummary } from "./watcher.js";
export { readJobStatus, type JobStatus, type ParkedJob, type QueueDepth } from "./job-status.js";
export { politeFetch, FetchFailure, DEFAULT_POLITE_FETCH, POLITE_USER_AGENT, type PoliteFetchOptions, type PoliteResponse } from "./polite-fetch.js";
export { feedItems, type FeedItem } from "./feed-items.js";
