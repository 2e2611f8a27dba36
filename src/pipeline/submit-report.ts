import type { ConflictEvent, DocumentHints, IngestOutcome, RawDocument, Store } from "../domain/index.js";
import { InputError } from "../domain/index.js";
import { DEFAULT_USER_AGENT, rawFromString, readInputs } from "../ingest/index.js";
import { DEFAULT_INGEST_OPTIONS, ingestRawDocument } from "./ingest.js";
import type { Services } from "./services.js";

/** A report pasted into the dashboard or POSTed to the API: exactly one of text, html or url. */
export interface PastedReport {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  published_at?: string;
  source?: string;
}

/** Codes and stores one pasted report through the same pipeline as `ingest`. */
export async function submitReport(
  input: PastedReport,
  store: Store,
  services: Services,
): Promise<{ outcome: IngestOutcome; events: ConflictEvent[] }> {
  const raw = await rawFromPasted(input);
  const outcome = await ingestRawDocument(raw, store, services);
  const events: ConflictEvent[] = [];
  for (const id of outcome.eventIds) {
    const event = await store.getEvent(id);
    if (event) events.push(event);
  }
  return { outcome, events };
}

/**
 * `submitReport`, then the alert rules checked against the events it stored or merged,
 * as `ingest` checks them: what `serve` does with a pasted report.
 */
export async function submitReportCheckingAlerts(
  input: PastedReport,
  store: Store,
  services: Services,
  alerts: { check(eventIds: string[]): Promise<unknown> },
): Promise<{ outcome: IngestOutcome; events: ConflictEvent[] }> {
  const result = await submitReport(input, store, services);
  await alerts.check(result.outcome.eventIds);
  return result;
}

async function rawFromPasted(input: PastedReport): Promise<RawDocument> {
  const hints: DocumentHints = {
    title: input.title ?? null,
    publishedAt: input.published_at ?? null,
    publishedAtOverride: Boolean(input.published_at),
    sourceName: input.source ?? null,
  };
  const given = [input.text, input.html, input.url].filter((v) => typeof v === "string" && v.length > 0);
  if (given.length !== 1) {
    throw new InputError("request body", "give exactly one of text, html or url");
  }
  if (input.text) return rawFromString("pasted text", input.text, "text", hints);
  if (input.html) return rawFromString("pasted html", input.html, "html", hints);
  const url = input.url as string;
  for await (const item of readInputs([url], {
    fetchTimeoutMs: DEFAULT_INGEST_OPTIONS.fetchTimeoutMs,
    maxBytes: DEFAULT_INGEST_OPTIONS.maxBytes,
    userAgent: DEFAULT_USER_AGENT,
    hints,
  })) {
    if (!item.ok) throw item.error;
    // A feed URL yields several articles; a pasted URL is one report, so the first is it.
    return item.doc;
  }
  throw new InputError(url, "nothing could be read from this URL");
}
