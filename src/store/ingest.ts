import { createHash } from "node:crypto";
import {
  InputError,
  type ConflictEvent,
  type DocumentInput,
  type EventValues,
  type ExtractedEvent,
  type IngestOutcome,
  type MergePolicy,
} from "../domain/index.js";
import { distanceKm } from "../domain/geo.js";
import { UNDATED_SORT_KEY, valuesOf } from "./event-row.js";
import { EVENT_SELECT, hydrate, insertSource, loadEvents, recomputeEvent, writeEvent } from "./event-ops.js";
import { first, type SqlExecutor } from "./sql-db.js";
import type { StoredEventRow } from "./event-row.js";

/**
 * Ingest and re-extraction: the document and all its events in one transaction.
 *
 * Store-level merge rules (the policy decides the rest):
 * - two events read from the same document are never merged with each other: a
 *   document contributes at most one source per event (extraction already split them);
 * - candidates are events dated within the policy's window (widened by both dates'
 *   precision; undated events always qualify) and placed within its radius, in the
 *   same admin2, or without coordinates; they are handed to the policy in storage order.
 */

const CANDIDATE_LIMIT = 500;
const PRECISION_DAYS: Record<string, number> = { day: 0, week: 6, month: 30, year: 365 };
/** A stored week-precision date is the week's last day: up to 6 days after the event. */
const WEEK_SPAN_DAYS = 6;

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function documentIdFor(contentHash: string): string {
  return `doc_${sha256(contentHash).slice(0, 24)}`;
}

/** Quarters of the fingerprint: with 64-bit simhash and Hamming distance <= 3, copies share at least one quarter exactly. */
export function fingerprintBands(fp: string): [string, string, string, string] {
  const q = Math.ceil(fp.length / 4);
  return [0, 1, 2, 3].map((i) => `${i}:${fp.slice(i * q, (i + 1) * q)}`) as [string, string, string, string];
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Stored events the incoming one may be a report of, excluding those the document already feeds. */
export async function findCandidates(
  tx: SqlExecutor,
  values: EventValues,
  documentId: string,
  policy: MergePolicy,
): Promise<ConflictEvent[]> {
  let dateSql = "1 = 1";
  let dateParams: unknown[] = [];
  const date = values.event_date && values.date_precision !== "unknown" && /^\d{4}-\d{2}-\d{2}/.test(values.event_date) ? values.event_date.slice(0, 10) : null;
  if (date) {
    const span = PRECISION_DAYS[values.date_precision] ?? 0;
    // Three indexed ranges: day/week-precise events near the date, undated events, and
    // month- or year-long dates (stored as their last day) that may cover it.
    const lo = addDays(date, -policy.candidateWindowDays - span);
    const hi = addDays(date, policy.candidateWindowDays + WEEK_SPAN_DAYS);
    dateSql = `(e.sort_date BETWEEN ? AND ? OR e.sort_date = ? OR (e.date_precision IN ('month', 'year', 'unknown') AND e.sort_date BETWEEN ? AND ?))`;
    dateParams = [lo, hi, UNDATED_SORT_KEY, lo, addDays(hi, 366)];
  }
  // Place conditions as separate branches of a UNION, so each is answered from an index
  // (date + box from the covering date index, admin2 + date from its own) rather than rows.
  const branches: Array<{ sql: string; params: unknown[] }> = [];
  const loc = values.location;
  if (loc && loc.latitude !== null && loc.longitude !== null) {
    const dLat = policy.candidateRadiusKm / 111;
    const dLon = policy.candidateRadiusKm / (111 * Math.max(0.1, Math.cos((loc.latitude * Math.PI) / 180)));
    // Unary + keeps SQLite from walking the longitude index: the date window, read from the
    // covering date index (which holds lon/lat), is far narrower than a 50 km strip.
    branches.push({ sql: `+e.latitude BETWEEN ? AND ? AND +e.longitude BETWEEN ? AND ?`, params: [loc.latitude - dLat, loc.latitude + dLat, loc.longitude - dLon, loc.longitude + dLon] });
    if (loc.admin2) branches.push({ sql: `e.admin2 = ? AND e.iso3 = ?`, params: [loc.admin2, loc.iso3] });
    branches.push({ sql: `e.latitude IS NULL AND (e.iso3 IS NULL OR e.iso3 = ?)`, params: [loc.iso3] });
  } else if (loc) {
    const unit = loc.admin2 ? ["admin2", loc.admin2] : loc.admin1 ? ["admin1", loc.admin1] : null;
    if (unit) branches.push({ sql: `e.${unit[0]} = ? AND e.iso3 = ?`, params: [unit[1], loc.iso3] });
    else branches.push({ sql: `e.iso3 = ?`, params: [loc.iso3] });
    branches.push({ sql: `e.iso3 IS NULL`, params: [] });
  } else {
    branches.push({ sql: "1 = 1", params: [] });
  }
  const union = branches.map((b) => `SELECT e.seq FROM events e WHERE ${dateSql} AND ${b.sql}`).join(" UNION ");
  const rows = await tx.all<StoredEventRow & { latitude: number | null; longitude: number | null; admin2: string | null }>(
    `${EVENT_SELECT.replace(" FROM events e", ", e.latitude, e.longitude, e.admin2 FROM events e")}
     WHERE e.seq IN (${union}) AND e.id NOT IN (SELECT event_id FROM event_sources WHERE document_id = ?)
     ORDER BY e.seq LIMIT ${CANDIDATE_LIMIT}`,
    [...branches.flatMap((b) => [...dateParams, ...b.params]), documentId],
  );
  const near = rows.filter((r) => {
    if (!loc || loc.latitude === null || loc.longitude === null || r.latitude === null || r.longitude === null) return true;
    if (loc.admin2 && r.admin2 === loc.admin2) return true;
    return distanceKm(loc.latitude, loc.longitude, Number(r.latitude), Number(r.longitude)) <= policy.candidateRadiusKm;
  });
  return hydrate(tx, near);
}

/** A fresh event id: deterministic from the document and position, unique in the store. */
async function newEventId(tx: SqlExecutor, seed: string): Promise<string> {
  for (let n = 0; ; n++) {
    const id = `ev_${sha256(n === 0 ? seed : `${seed}#${n}`).slice(0, 20)}`;
    const taken = await first(tx, `SELECT 1 AS x FROM events WHERE id = ?`, [id]);
    if (!taken) return id;
  }
}

export async function createEvent(tx: SqlExecutor, seed: string, values: EventValues, now: string): Promise<string> {
  const id = await newEventId(tx, seed);
  await writeEvent(tx, id, values, { review_status: "auto", orphaned: false, created_at: now, updated_at: now });
  return id;
}

interface Placement {
  eventId: string;
  merged: boolean;
}

/** Decides where one extracted event goes, writes its source and recomputes the event. */
async function placeEvent(
  tx: SqlExecutor,
  doc: { id: string; hash: string },
  event: ExtractedEvent,
  idx: number,
  policy: MergePolicy,
  now: string,
  preferred: ConflictEvent[],
): Promise<Placement> {
  const values = valuesOf(event);
  let target: string | null = null;
  if (preferred.length > 0) {
    const decision = policy.decide(values, preferred);
    if (decision.kind === "merge" && preferred.some((e) => e.id === decision.eventId)) target = decision.eventId;
  }
  if (target === null) {
    const candidates = await findCandidates(tx, values, doc.id, policy);
    const decision = policy.decide(values, candidates);
    if (decision.kind === "merge" && candidates.some((e) => e.id === decision.eventId)) target = decision.eventId;
  }
  const merged = target !== null;
  const eventId = target ?? (await createEvent(tx, `${doc.hash}:${idx}`, values, now));
  await insertSource(tx, eventId, doc.id, idx, values, event.evidence ?? []);
  await recomputeEvent(tx, eventId, policy, now);
  return { eventId, merged };
}

interface DocumentRow {
  id: string;
  fingerprint: string | null;
}

export async function ingestInTransaction(
  tx: SqlExecutor,
  input: DocumentInput,
  events: ExtractedEvent[],
  policy: MergePolicy,
): Promise<IngestOutcome> {
  const { clean, raw } = input;
  if (!clean || typeof clean.contentHash !== "string" || clean.contentHash === "") {
    throw new InputError(clean?.origin ?? "document", "has no content hash; clean it before storing");
  }
  const known = await first<DocumentRow & { near_duplicate_of: string | null }>(
    tx,
    `SELECT id, fingerprint, near_duplicate_of FROM documents WHERE content_hash = ?`,
    [clean.contentHash],
  );
  if (known) {
    return { documentId: known.id, status: "duplicate", nearDuplicateOf: known.near_duplicate_of, eventsNew: 0, eventsMerged: 0, eventIds: [] };
  }
  const now = new Date().toISOString();
  const id = documentIdFor(clean.contentHash);
  const fp = policy.fingerprint(clean.text);
  const bands = fingerprintBands(fp);
  const similar = await tx.all<DocumentRow>(
    `SELECT id, fingerprint FROM documents WHERE fp_band0 = ? OR fp_band1 = ? OR fp_band2 = ? OR fp_band3 = ? ORDER BY seq`,
    bands,
  );
  const nearDuplicateOf = similar.find((d) => d.fingerprint !== null && policy.isNearDuplicate(fp, d.fingerprint))?.id ?? null;
  await tx.run(
    `INSERT INTO documents (id, origin, url, title, published_at, published_at_origin, source_name, language, content_hash,
      encoding, content_type, hints_json, raw, text, furniture_removed, fingerprint, fp_band0, fp_band1, fp_band2, fp_band3,
      near_duplicate_of, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id, clean.origin, clean.url, clean.title, clean.publishedAt, clean.publishedAtOrigin, clean.sourceName, clean.language,
      clean.contentHash, clean.encoding, raw?.contentType ?? null, JSON.stringify(raw?.hints ?? {}),
      Buffer.from(raw?.bytes ?? new Uint8Array()), clean.text, clean.furnitureRemoved ?? 0, fp, ...bands, nearDuplicateOf, now,
    ],
  );
  const outcome: IngestOutcome = { documentId: id, status: "new", nearDuplicateOf, eventsNew: 0, eventsMerged: 0, eventIds: [] };
  for (let idx = 0; idx < events.length; idx++) {
    const placed = await placeEvent(tx, { id, hash: clean.contentHash }, events[idx], idx, policy, now, []);
    outcome.eventIds.push(placed.eventId);
    if (placed.merged) outcome.eventsMerged++;
    else outcome.eventsNew++;
  }
  return outcome;
}

/**
 * Replaces a document's sources with a new extraction. Each new event is first offered
 * to the events the document fed before (so their ids, and the analysts' edits keyed
 * by them, carry over when the merge re-matches), then to ordinary candidates.
 */
export async function reextractInTransaction(
  tx: SqlExecutor,
  documentId: string,
  events: ExtractedEvent[],
  policy: MergePolicy,
): Promise<IngestOutcome> {
  const doc = await first<{ id: string; content_hash: string; near_duplicate_of: string | null }>(
    tx,
    `SELECT id, content_hash, near_duplicate_of FROM documents WHERE id = ?`,
    [documentId],
  );
  if (!doc) throw new InputError(documentId, "no stored document has this id");
  const now = new Date().toISOString();
  const previous = await tx.all<{ event_id: string }>(`SELECT event_id FROM event_sources WHERE document_id = ? ORDER BY idx`, [documentId]);
  const previousIds = [...new Set(previous.map((r) => r.event_id))];
  await tx.run(`DELETE FROM event_sources WHERE document_id = ?`, [documentId]);
  let unclaimed = await loadEvents(tx, previousIds);
  const outcome: IngestOutcome = { documentId, status: "new", nearDuplicateOf: doc.near_duplicate_of, eventsNew: 0, eventsMerged: 0, eventIds: [] };
  for (let idx = 0; idx < events.length; idx++) {
    const placed = await placeEvent(tx, { id: documentId, hash: doc.content_hash }, events[idx], idx, policy, now, unclaimed);
    unclaimed = unclaimed.filter((e) => e.id !== placed.eventId);
    outcome.eventIds.push(placed.eventId);
    if (placed.merged) outcome.eventsMerged++;
    else outcome.eventsNew++;
  }
  for (const event of unclaimed) await recomputeEvent(tx, event.id, policy, now);
  return outcome;
}
