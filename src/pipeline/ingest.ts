import { cleanDocument } from "../clean/index.js";
import type { CleanDocument, DocumentHints, IngestOutcome, RawDocument, Store } from "../domain/index.js";
import { InputError } from "../domain/index.js";
import { DEFAULT_USER_AGENT, readInputs, type ReadOptions } from "../ingest/index.js";
import { codeDocument } from "./code-document.js";
import type { Services } from "./services.js";

export interface IngestOptions {
  hints: DocumentHints;
  fetchTimeoutMs: number;
  maxBytes: number;
  userAgent?: string;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  hints: {},
  fetchTimeoutMs: 20_000,
  maxBytes: 20 * 1024 * 1024,
};

export interface IngestSummary {
  documentsRead: number;
  duplicates: number;
  failed: number;
  eventsNew: number;
  eventsMerged: number;
  failures: Array<{ origin: string; problem: string }>;
  /** Ids of every event created or changed, for alerting. */
  touchedEventIds: string[];
}

/** Progress events for a bar on a terminal; the pipeline itself prints nothing. */
export interface IngestProgress {
  onDocument(origin: string, result: "stored" | "duplicate" | "failed", summary: IngestSummary): void;
  onFailure(origin: string, problem: string): void;
}

export function emptySummary(): IngestSummary {
  return { documentsRead: 0, duplicates: 0, failed: 0, eventsNew: 0, eventsMerged: 0, failures: [], touchedEventIds: [] };
}

/**
 * Reads every input (files, folders, URLs, feeds), cleans, codes and stores each
 * document in its own transaction. One bad input is reported and skipped; the
 * others still go through. Re-running it is idempotent (content hash).
 */
export async function ingestInputs(
  inputs: string[],
  options: IngestOptions,
  store: Store,
  services: Services,
  progress?: IngestProgress,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const readOptions: ReadOptions = {
    fetchTimeoutMs: options.fetchTimeoutMs,
    maxBytes: options.maxBytes,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    hints: options.hints,
  };
  for await (const item of readInputs(inputs, readOptions)) {
    if (!item.ok) {
      recordFailure(summary, item.origin, item.error.problem, progress);
      continue;
    }
    try {
      const outcome = await ingestRawDocument(item.doc, store, services);
      summary.documentsRead += 1;
      addOutcome(summary, outcome);
      progress?.onDocument(item.doc.origin, outcome.status === "duplicate" ? "duplicate" : "stored", summary);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      recordFailure(summary, error.input, error.problem, progress);
    }
  }
  return summary;
}

/**
 * Cleans, codes and stores one raw document. A document whose content is
 * already stored is skipped before extraction (cheap re-runs).
 * Throws InputError when the document cannot be used.
 */
export async function ingestRawDocument(raw: RawDocument, store: Store, services: Services): Promise<IngestOutcome> {
  const clean = cleanDocument(raw);
  const known = await store.findDocumentByHash(clean.contentHash);
  if (known) {
    return { documentId: known.id, status: "duplicate", nearDuplicateOf: null, eventsNew: 0, eventsMerged: 0, eventIds: [] };
  }
  return storeCleanDocument(raw, clean, store, services);
}

export async function storeCleanDocument(raw: RawDocument, clean: CleanDocument, store: Store, services: Services): Promise<IngestOutcome> {
  const events = codeDocument(clean, services, { languageOverride: Boolean(raw.hints.language) });
  return store.ingestDocument({ raw, clean }, events, services.policy);
}

function addOutcome(summary: IngestSummary, outcome: IngestOutcome): void {
  if (outcome.status === "duplicate") {
    summary.duplicates += 1;
    return;
  }
  summary.eventsNew += outcome.eventsNew;
  summary.eventsMerged += outcome.eventsMerged;
  summary.touchedEventIds.push(...outcome.eventIds);
}

function recordFailure(summary: IngestSummary, origin: string, problem: string, progress?: IngestProgress): void {
  summary.failed += 1;
  summary.failures.push({ origin, problem });
  progress?.onFailure(origin, problem);
}

export function formatSummary(summary: IngestSummary): string {
  return (
    `documents: ${summary.documentsRead} read, ${summary.duplicates} skipped as duplicates, ${summary.failed} failed; ` +
    `events: ${summary.eventsNew} new, ${summary.eventsMerged} merged`
  );
}
