import type { ConflictEvent, EventSource, EventValues, Evidence, MergePolicy } from "../domain/index.js";
import { eventTypeOf, isSubEventType } from "../domain/index.js";
import { EVENT_COLUMNS, eventFromRow, eventRow, type StoredEventRow } from "./event-row.js";
import { first, placeholders, type SqlExecutor } from "./sql-db.js";

/** Reading and writing events, their sources and overrides: the pieces ingest and review are built from. */

const SOURCE_SELECT = `SELECT s.event_id, s.document_id, s.idx, s.values_json, s.evidence_json,
  d.url, d.title, d.published_at, d.source_name
  FROM event_sources s JOIN documents d ON d.id = s.document_id`;

interface SourceRow {
  event_id: string;
  document_id: string;
  idx: number;
  values_json: string;
  evidence_json: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  source_name: string | null;
}

function sourceFromRow(row: SourceRow): EventSource {
  return {
    document_id: row.document_id,
    url: row.url,
    title: row.title,
    published_at: row.published_at,
    source_name: row.source_name,
    values: JSON.parse(row.values_json) as EventValues,
    evidence: JSON.parse(row.evidence_json) as Evidence[],
  };
}

export const EVENT_SELECT = `SELECT e.seq, e.id, e.values_json, e.review_status, e.orphaned, e.created_at, e.updated_at,
  e.sort_date, e.sort_fatalities FROM events e`;

/** Attaches sources to event rows, keeping the rows' order. */
export async function hydrate(db: SqlExecutor, rows: StoredEventRow[]): Promise<ConflictEvent[]> {
  if (rows.length === 0) return [];
  const bySource = new Map<string, EventSource[]>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const sources = await db.all<SourceRow>(`${SOURCE_SELECT} WHERE s.event_id IN (${placeholders(chunk.length)}) ORDER BY s.id`, chunk);
    for (const row of sources) {
      const list = bySource.get(row.event_id) ?? [];
      list.push(sourceFromRow(row));
      bySource.set(row.event_id, list);
    }
  }
  return rows.map((row) => eventFromRow(row, bySource.get(row.id) ?? []));
}

export async function loadEvents(db: SqlExecutor, ids: string[]): Promise<ConflictEvent[]> {
  if (ids.length === 0) return [];
  const rows = await db.all<StoredEventRow>(`${EVENT_SELECT} WHERE e.id IN (${placeholders(ids.length)}) ORDER BY e.seq`, ids);
  return hydrate(db, rows);
}

export async function loadEvent(db: SqlExecutor, id: string): Promise<ConflictEvent | null> {
  const [event] = await loadEvents(db, [id]);
  return event ?? null;
}

export async function sourcesOf(db: SqlExecutor, eventId: string): Promise<EventSource[]> {
  const rows = await db.all<SourceRow>(`${SOURCE_SELECT} WHERE s.event_id = ? ORDER BY s.id`, [eventId]);
  return rows.map(sourceFromRow);
}

export async function insertSource(
  db: SqlExecutor,
  eventId: string,
  documentId: string,
  idx: number,
  values: EventValues,
  evidence: Evidence[],
): Promise<void> {
  await db.run(`INSERT INTO event_sources (event_id, document_id, idx, values_json, evidence_json) VALUES (?, ?, ?, ?, ?)`, [
    eventId, documentId, idx, JSON.stringify(values), JSON.stringify(evidence),
  ]);
}

export interface EventState {
  review_status: ConflictEvent["review_status"];
  orphaned: boolean;
  created_at: string;
  updated_at: string;
}

/** Inserts or replaces the events row (SQLite's triggers keep its full-text row and the stats rollup). */
export async function writeEvent(db: SqlExecutor, id: string, values: EventValues, state: EventState): Promise<void> {
  const row = eventRow(id, values, state);
  const cols = EVENT_COLUMNS;
  const updates = cols.filter((c) => c !== "id" && c !== "created_at").map((c) => `${c} = excluded.${c}`);
  await db.run(
    `INSERT INTO events (${cols.join(", ")}) VALUES (${placeholders(cols.length)})
     ON CONFLICT (id) DO UPDATE SET ${updates.join(", ")}`,
    cols.map((c) => row[c]),
  );
}

export async function deleteEvent(db: SqlExecutor, id: string): Promise<void> {
  await db.run(`DELETE FROM event_sources WHERE event_id = ?`, [id]);
  await db.run(`DELETE FROM review_overrides WHERE event_id = ?`, [id]);
  await db.run(`DELETE FROM events WHERE id = ?`, [id]);
}

export async function eventState(db: SqlExecutor, id: string): Promise<(EventState & { values: EventValues }) | null> {
  const row = await first<{ review_status: EventState["review_status"]; orphaned: number; created_at: string; updated_at: string; values_json: string }>(
    db,
    `SELECT review_status, orphaned, created_at, updated_at, values_json FROM events WHERE id = ?`,
    [id],
  );
  if (!row) return null;
  return {
    review_status: row.review_status,
    orphaned: Number(row.orphaned) === 1,
    created_at: row.created_at,
    updated_at: row.updated_at,
    values: JSON.parse(row.values_json) as EventValues,
  };
}

export interface Override {
  field: keyof EventValues;
  value: unknown;
  who: string;
  at: string;
}

export async function overridesOf(db: SqlExecutor, eventId: string): Promise<Override[]> {
  const rows = await db.all<{ field: string; value_json: string; who: string; at: string }>(
    `SELECT field, value_json, who, at FROM review_overrides WHERE event_id = ? ORDER BY field`,
    [eventId],
  );
  return rows.map((r) => ({ field: r.field as keyof EventValues, value: JSON.parse(r.value_json) as unknown, who: r.who, at: r.at }));
}

export async function setOverride(db: SqlExecutor, eventId: string, o: Override): Promise<void> {
  await db.run(
    `INSERT INTO review_overrides (event_id, field, value_json, who, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (event_id, field) DO UPDATE SET value_json = excluded.value_json, who = excluded.who, at = excluded.at`,
    [eventId, o.field, JSON.stringify(o.value), o.who, o.at],
  );
}

/** Analysts' corrections win over what the sources say; a corrected sub-event type carries its event type. */
export function applyOverrides(values: EventValues, overrides: Override[]): EventValues {
  const out: Record<string, unknown> = { ...values };
  for (const o of overrides) out[o.field] = o.value;
  const result = out as unknown as EventValues;
  const subOverridden = overrides.some((o) => o.field === "sub_event_type");
  const typeOverridden = overrides.some((o) => o.field === "event_type");
  if (subOverridden && !typeOverridden && isSubEventType(result.sub_event_type)) result.event_type = eventTypeOf(result.sub_event_type);
  return result;
}

/** Whether analysts have touched the event (such an event is kept even when its sources go). */
export async function hasReviewState(db: SqlExecutor, eventId: string): Promise<boolean> {
  const state = await eventState(db, eventId);
  if (state && state.review_status !== "auto") return true;
  const overrides = await db.all(`SELECT 1 FROM review_overrides WHERE event_id = ?`, [eventId]);
  if (overrides.length > 0) return true;
  const audit = await db.all(`SELECT 1 FROM audit_log WHERE event_id = ? OR other_event_id = ?`, [eventId, eventId]);
  return audit.length > 0;
}

/**
 * Recomputes an event's merged values from its sources and overrides. An event left
 * with no source is deleted, unless analysts reviewed it: then it keeps its last
 * values, is marked orphaned, and lists no sources. Returns false when deleted.
 */
export async function recomputeEvent(db: SqlExecutor, id: string, policy: MergePolicy, now: string): Promise<boolean> {
  const state = await eventState(db, id);
  if (!state) return false;
  const sources = await sourcesOf(db, id);
  const overrides = await overridesOf(db, id);
  if (sources.length === 0) {
    if (!(await hasReviewState(db, id))) {
      await deleteEvent(db, id);
      return false;
    }
    await writeEvent(db, id, applyOverrides(state.values, overrides), { ...state, orphaned: true, updated_at: now });
    return true;
  }
  const values = applyOverrides(policy.combine(sources), overrides);
  await writeEvent(db, id, values, { ...state, orphaned: false, updated_at: now });
  return true;
}
