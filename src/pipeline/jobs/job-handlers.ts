import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { DocumentHints, IngestOutcome, RawDocument } from "../../domain/index.js";
import type { BackoffPolicy, Source, SourceRegistry } from "../../domain/sources.js";
import type { DocumentProcessor } from "./document-processor.js";
import { feedItems } from "./feed-items.js";
import type { ArticleFetchJob, DocumentProcessJob, FeedFetchJob } from "./job-queues.js";
import { FetchFailure, politeFetch, type PoliteFetchOptions } from "./polite-fetch.js";

/** Where handlers put follow-up work (pg-boss in production). */
export interface JobSender {
  sendArticle(job: ArticleFetchJob): Promise<void>;
  sendDocument(job: DocumentProcessJob): Promise<void>;
}

export interface JobDependencies {
  registry: SourceRegistry;
  processor: DocumentProcessor;
  sender: JobSender;
  fetch: PoliteFetchOptions;
  backoff?: BackoffPolicy;
}

/** Bodies larger than this are processed where they were fetched rather than carried in a job row. */
const MAX_BODY_IN_JOB = 2 * 1024 * 1024;

const FILE_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".txt": "text/plain",
  ".md": "text/plain",
  ".pdf": "application/pdf",
  ".xml": "application/xml",
  ".json": "application/json",
};

export interface FeedFetchResult {
  outcome: "ok" | "not-modified" | "error" | "unknown-source" | "disabled";
  newItems: number;
  error?: string;
}

/**
 * Polls one source. A source that cannot be reached is recorded as failing and backed
 * off by the registry (the job itself succeeds: the schedule is the retry). New items
 * are enqueued before they are marked seen and before the validators are stored, so
 * a crash in between re-enqueues them (deduplicated) rather than losing them.
 */
export async function runFeedFetch(job: FeedFetchJob, deps: JobDependencies): Promise<FeedFetchResult> {
  const source = await deps.registry.get(job.sourceId);
  if (!source) return { outcome: "unknown-source", newItems: 0 };
  if (!source.enabled) return { outcome: "disabled", newItems: 0 };
  try {
    const result = source.kind === "folder" ? await pollFolder(source, deps) : await pollUrl(source, deps);
    return result;
  } catch (error) {
    if (!(error instanceof FetchFailure) && !isFileProblem(error)) throw error;
    const message = (error as Error).message;
    await deps.registry.recordPoll(source.id, { outcome: "error", error: message }, new Date(), deps.backoff);
    return { outcome: "error", newItems: 0, error: message };
  }
}

async function pollUrl(source: Source, deps: JobDependencies): Promise<FeedFetchResult> {
  const status = await deps.registry.status(source.id);
  const response = await politeFetch(source.url, { etag: status?.etag, lastModified: status?.last_modified }, deps.registry, deps.fetch);
  if (response.kind === "not-modified") {
    await deps.registry.recordPoll(source.id, { outcome: "not-modified" }, new Date(), deps.backoff);
    return { outcome: "not-modified", newItems: 0 };
  }
  let newItems = 0;
  if (source.kind === "page") {
    await sendBody(source.url, response.finalUrl, response.contentType, response.bytes, source, sourceHints(source), deps);
    newItems = 1;
  } else {
    const items = feedItems(new TextDecoder().decode(response.bytes), response.finalUrl);
    if (items === null) throw new FetchFailure(source.url, "is not an RSS or Atom feed");
    const byUrl = new Map(items.map((item) => [item.url, item]));
    const unseen = await deps.registry.unseenItems(source.id, [...byUrl.keys()]);
    for (const url of unseen) {
      const item = byUrl.get(url)!;
      await deps.sender.sendArticle({
        sourceId: source.id,
        url,
        hints: { ...sourceHints(source), title: item.title, publishedAt: item.publishedAt ? item.publishedAt.slice(0, 10) : null },
      });
    }
    await deps.registry.markItemsSeen(source.id, unseen, new Date());
    newItems = unseen.length;
  }
  await deps.registry.recordPoll(source.id, { outcome: "ok", etag: response.etag, lastModified: response.lastModified }, new Date(), deps.backoff);
  return { outcome: "ok", newItems };
}

/** Folder sources: every report file not seen before (a changed file counts as new), read by the worker that processes it. */
async function pollFolder(source: Source, deps: JobDependencies): Promise<FeedFetchResult> {
  const names = (await readdir(source.url, { recursive: true })).map(String).sort();
  const keyed = new Map<string, string>();
  for (const name of names) {
    if (!(extname(name).toLowerCase() in FILE_TYPES)) continue;
    const path = join(source.url, name);
    const info = await stat(path);
    if (!info.isFile()) continue;
    keyed.set(`${path}#${info.mtimeMs}#${info.size}`, path);
  }
  const unseen = await deps.registry.unseenItems(source.id, [...keyed.keys()]);
  for (const key of unseen) {
    const path = keyed.get(key)!;
    await deps.sender.sendDocument({ sourceId: source.id, origin: path, url: null, contentType: null, path, hints: sourceHints(source) });
  }
  await deps.registry.markItemsSeen(source.id, unseen, new Date());
  await deps.registry.recordPoll(source.id, { outcome: "ok", etag: null, lastModified: null }, new Date(), deps.backoff);
  return { outcome: "ok", newItems: unseen.length };
}

/** Fetches one article; failures throw so pg-boss retries them with backoff and finally parks them. */
export async function runArticleFetch(job: ArticleFetchJob, deps: JobDependencies): Promise<{ bytes: number; processedInline: IngestOutcome | null }> {
  const response = await politeFetch(job.url, {}, deps.registry, deps.fetch);
  if (response.kind !== "ok") return { bytes: 0, processedInline: null };
  const source = job.sourceId ? await deps.registry.get(job.sourceId) : null;
  const hints = source ? { ...sourceHints(source), ...definedHints(job.hints) } : job.hints;
  const inline = await sendBody(job.url, response.finalUrl, response.contentType, response.bytes, source, hints, deps);
  return { bytes: response.bytes.byteLength, processedInline: inline };
}

async function sendBody(
  origin: string,
  url: string,
  contentType: string | null,
  bytes: Uint8Array,
  source: Source | null,
  hints: DocumentHints,
  deps: JobDependencies,
): Promise<IngestOutcome | null> {
  if (bytes.byteLength > MAX_BODY_IN_JOB) {
    return deps.processor.process({ origin, url, bytes, contentType, hints });
  }
  await deps.sender.sendDocument({
    sourceId: source?.id ?? null,
    origin,
    url,
    contentType,
    bodyBase64: Buffer.from(bytes).toString("base64"),
    hints,
  });
  return null;
}

/** Cleans, codes and stores one document. Running it twice stores it once. */
export async function runDocumentProcess(job: DocumentProcessJob, deps: JobDependencies): Promise<IngestOutcome> {
  const raw = await rawFromJob(job);
  return deps.processor.process(raw);
}

async function rawFromJob(job: DocumentProcessJob): Promise<RawDocument> {
  if (job.bodyBase64 !== undefined) {
    return { origin: job.origin, url: job.url, bytes: new Uint8Array(Buffer.from(job.bodyBase64, "base64")), contentType: job.contentType, hints: job.hints };
  }
  if (job.path) {
    const bytes = new Uint8Array(await readFile(job.path));
    return { origin: job.origin, url: null, bytes, contentType: FILE_TYPES[extname(job.path).toLowerCase()] ?? null, hints: job.hints };
  }
  throw new Error(`document job for ${job.origin} carries neither a body nor a path`);
}

function sourceHints(source: Source): DocumentHints {
  return { sourceName: source.name, language: source.language, countryHint: source.country };
}

function definedHints(hints: DocumentHints): DocumentHints {
  return Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== null && v !== undefined)) as DocumentHints;
}

function isFileProblem(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === "ENOENT" || code === "EACCES" || code === "ENOTDIR";
}
