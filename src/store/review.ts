import {
  EVENT_TYPES,
  InputError,
  eventTypeOf,
  isSubEventType,
  type AuditEntry,
  type ConflictEvent,
  type MergePolicy,
  type ReviewAction,
} from "../domain/index.js";
import { EVENT_VALUE_FIELDS, valuesOf } from "./event-row.js";
import { deleteEvent, eventState, loadEvent, overridesOf, recomputeEvent, setOverride, writeEvent } from "./event-ops.js";
import { createEvent } from "./ingest.js";
import { placeholders, type SqlExecutor } from "./sql-db.js";

/**
 * Analysts' review actions. Each runs in the caller's transaction and writes one audit
 * entry (who, when, before, after, why). Corrections are stored as overrides keyed by
 * event id and re-applied after every recompute, so they survive new sources and
 * re-extraction.
 */

const VERIFICATIONS = ["confirmed", "reported", "claimed", "unverified", "disputed"];
const PRECISIONS = ["day", "week", "month", "year", "unknown"];

async function mustLoad(tx: SqlExecutor, id: string): Promise<ConflictEvent> {
  const event = await loadEvent(tx, id);
  if (!event) throw new InputError(id, "no stored event has this id");
  return event;
}

function snapshot(event: ConflictEvent): unknown {
  return {
    id: event.id,
    review_status: event.review_status,
    values: valuesOf(event),
    documents: event.sources.map((s) => s.document_id),
  };
}

function checkCorrection(field: string, value: unknown): void {
  if (!(EVENT_VALUE_FIELDS as readonly string[]).includes(field)) {
    throw new InputError(`correct.field`, `"${field}" is not an event field (one of ${EVENT_VALUE_FIELDS.join(", ")})`);
  }
  const bad = (why: string) => new InputError(`correct.${field}`, why);
  if (field === "event_type" && !(EVENT_TYPES as readonly unknown[]).includes(value)) throw bad(`"${String(value)}" is not an ACLED event type`);
  if (field === "sub_event_type" && (typeof value !== "string" || !isSubEventType(value))) throw bad(`"${String(value)}" is not an ACLED sub-event type`);
  if (field === "verification" && !VERIFICATIONS.includes(value as string)) throw bad(`expected one of ${VERIFICATIONS.join(", ")}`);
  if (field === "date_precision" && !PRECISIONS.includes(value as string)) throw bad(`expected one of ${PRECISIONS.join(", ")}`);
  if (field === "event_date" && value !== null && (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value))) throw bad("expected an ISO date or null");
  if (field === "notes" && typeof value !== "string") throw bad("expected a string");
  if (field === "civilian_targeting" && typeof value !== "boolean") throw bad("expected true or false");
  if ((field === "weapons" || field === "assoc_actors") && !Array.isArray(value)) throw bad("expected an array");
  if (field === "fatalities" && (typeof value !== "object" || value === null || !("low" in value))) throw bad("expected {low, best, high, text}");
}

async function audit(
  tx: SqlExecutor,
  action: ReviewAction,
  eventId: string,
  otherEventId: string | null,
  before: unknown,
  after: unknown,
  at: string,
): Promise<void> {
  if (!action.who || action.who.trim() === "") throw new InputError("review.who", "every review action names who made it");
  await tx.run(
    `INSERT INTO audit_log (event_id, other_event_id, action, who, at, before_json, after_json, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [eventId, otherEventId, action.kind, action.who, at, JSON.stringify(before), JSON.stringify(after), action.why ?? null],
  );
}

async function setStatus(tx: SqlExecutor, id: string, status: ConflictEvent["review_status"], now: string): Promise<void> {
  const state = await eventState(tx, id);
  if (!state) throw new InputError(id, "no stored event has this id");
  await writeEvent(tx, id, state.values, { ...state, review_status: status, updated_at: now });
}

export async function reviewInTransaction(
  tx: SqlExecutor,
  action: ReviewAction,
  policy: MergePolicy,
): Promise<ConflictEvent[]> {
  const now = new Date().toISOString();
  switch (action.kind) {
    case "confirm":
    case "reject": {
      const before = await mustLoad(tx, action.eventId);
      const status = action.kind === "confirm" ? "confirmed" : "rejected";
      await setStatus(tx, action.eventId, status, now);
      await audit(tx, action, action.eventId, null, { review_status: before.review_status }, { review_status: status }, now);
      return [await mustLoad(tx, action.eventId)];
    }
    case "correct": {
      checkCorrection(action.field, action.value);
      const before = await mustLoad(tx, action.eventId);
      if (action.field === "event_type" && isSubEventType(before.sub_event_type) && eventTypeOf(before.sub_event_type) !== action.value) {
        // Type filters read the sub-event type: the two must agree, and the sub-type says more.
        throw new InputError("correct.event_type", `"${String(action.value)}" does not fit sub-event type "${before.sub_event_type}"; correct sub_event_type instead (its event type follows)`);
      }
      await setOverride(tx, action.eventId, { field: action.field, value: action.value, who: action.who, at: now });
      await recomputeEvent(tx, action.eventId, policy, now);
      await audit(tx, action, action.eventId, null, { [action.field]: before[action.field] }, { [action.field]: action.value }, now);
      return [await mustLoad(tx, action.eventId)];
    }
    case "merge": {
      const [keepId, goneId] = action.eventIds;
      if (keepId === goneId) throw new InputError("merge.eventIds", "an event cannot be merged with itself");
      const keep = await mustLoad(tx, keepId);
      const gone = await mustLoad(tx, goneId);
      // An analyst may merge even two events of one document: their sources stay separate rows (document, index).
      await tx.run(`UPDATE event_sources SET event_id = ? WHERE event_id = ?`, [keepId, goneId]);
      const keepOverrides = new Set((await overridesOf(tx, keepId)).map((o) => o.field));
      for (const o of await overridesOf(tx, goneId)) if (!keepOverrides.has(o.field)) await setOverride(tx, keepId, o);
      const status =
        keep.review_status === "confirmed" || gone.review_status === "confirmed"
          ? "confirmed"
          : keep.review_status === "rejected" && gone.review_status === "rejected"
            ? "rejected"
            : "auto";
      await deleteEvent(tx, goneId);
      await setStatus(tx, keepId, status, now);
      await recomputeEvent(tx, keepId, policy, now);
      const after = await mustLoad(tx, keepId);
      await audit(tx, action, keepId, goneId, { events: [snapshot(keep), snapshot(gone)] }, snapshot(after), now);
      return [after];
    }
    case "split": {
      const original = await mustLoad(tx, action.eventId);
      const docs = [...new Set(action.documentIds)].sort();
      const moving = original.sources.filter((s) => docs.includes(s.document_id));
      if (moving.length === 0) throw new InputError("split.documentIds", `none of them is a source of ${action.eventId}`);
      if (moving.length === original.sources.length) throw new InputError("split.documentIds", "a split must leave the original event at least one source");
      const newId = await createEvent(tx, `split:${action.eventId}:${docs.join(",")}`, policy.combine(moving), now);
      await tx.run(`UPDATE event_sources SET event_id = ? WHERE event_id = ? AND document_id IN (${placeholders(docs.length)})`, [
        newId,
        action.eventId,
        ...docs,
      ]);
      await recomputeEvent(tx, action.eventId, policy, now);
      await recomputeEvent(tx, newId, policy, now);
      const changed = await mustLoad(tx, action.eventId);
      const created = await mustLoad(tx, newId);
      await audit(tx, action, action.eventId, newId, snapshot(original), { events: [snapshot(changed), snapshot(created)] }, now);
      return [changed, created];
    }
    default:
      throw new InputError("review.kind", `unknown review action "${(action as { kind: string }).kind}"`);
  }
}

interface AuditRow {
  id: number | string;
  event_id: string;
  action: AuditEntry["action"];
  who: string;
  at: string;
  before_json: string;
  after_json: string;
  why: string | null;
}

export async function readAuditLog(db: SqlExecutor, eventId?: string): Promise<AuditEntry[]> {
  const rows = eventId
    ? await db.all<AuditRow>(`SELECT * FROM audit_log WHERE event_id = ? OR other_event_id = ? ORDER BY id`, [eventId, eventId])
    : await db.all<AuditRow>(`SELECT * FROM audit_log ORDER BY id`);
  return rows.map((r) => ({
    id: Number(r.id),
    event_id: r.event_id,
    action: r.action,
    who: r.who,
    at: r.at,
    before: JSON.parse(r.before_json) as unknown,
    after: JSON.parse(r.after_json) as unknown,
    why: r.why,
  }));
}
