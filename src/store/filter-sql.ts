import { EVENT_TYPES, InputError, SUB_EVENT_TYPES, type EventFilter, type EventSort } from "../domain/index.js";
import { UNDATED_SORT_KEY } from "./event-row.js";
import type { Dialect } from "./sql-db.js";

/** A WHERE clause over `events e` and its parameters. */
export interface WhereClause {
  sql: string;
  params: unknown[];
}

/**
 * Turns an EventFilter into SQL over the `events` table aliased `e`. Every value goes
 * in as a parameter. Full-text search differs by dialect (FTS5 vs tsvector); the rest
 * is the common subset.
 */
export function filterWhere(filter: EventFilter, dialect: Dialect, hasPostgis: boolean): WhereClause {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (!filter.includeRejected) parts.push(`e.review_status <> 'rejected'`);
  if (filter.from) {
    parts.push(`e.sort_date >= ?`);
    params.push(checkDate(filter.from, "from"));
  }
  if (filter.to) {
    // sort_date (not event_date) so that the covering indexes answer it; undated events sort below any date.
    parts.push(`e.sort_date > '${UNDATED_SORT_KEY}' AND e.sort_date <= ?`);
    params.push(checkDate(filter.to, "to"));
  }
  if (filter.country) {
    if (dialect === "sqlite") {
      // A necessary condition first, on iso3 alone (a column of the covering date index), so that
      // SQLite rejects other countries' events without reading their rows: the weekly rollup
      // holds every (iso3, country) pair stored (triggers, and rebuilt after a bulk load).
      // At a million events this halves a one-country, one-year map query.
      parts.push(`(e.iso3 = upper(?) OR coalesce(e.iso3, '') IN (SELECT iso3 FROM event_week_stats WHERE lower(country) = lower(?)))`);
      params.push(filter.country, filter.country);
    }
    parts.push(`(lower(e.country) = lower(?) OR e.iso3 = upper(?))`);
    params.push(filter.country, filter.country);
  }
  if (filter.admin1) {
    parts.push(`lower(e.admin1) = lower(?)`);
    params.push(filter.admin1);
  }
  if (filter.admin2) {
    parts.push(`lower(e.admin2) = lower(?)`);
    params.push(filter.admin2);
  }
  if (filter.types && filter.types.length > 0) {
    // An event type stands for its sub-event types: one indexed column instead of an OR of two.
    const subs = subEventTypesFor(filter.types);
    if (subs.length === 0) {
      parts.push("1 = 0");
    } else {
      parts.push(`e.sub_event_type IN (${subs.map(() => "?").join(", ")})`);
      params.push(...subs);
    }
  }
  if (filter.actor) {
    parts.push(`e.actor_search LIKE ? ESCAPE '\\'`);
    params.push(`%${escapeLike(filter.actor.toLowerCase())}%`);
  }
  if (filter.minFatalities !== undefined && filter.minFatalities !== null) {
    parts.push(`e.fatalities_low >= ?`);
    params.push(filter.minFatalities);
  }
  if (filter.bbox) {
    const [west, south, east, north] = checkBbox(filter.bbox);
    if (dialect === "postgres" && hasPostgis && west <= east) {
      parts.push(`e.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)`);
      params.push(west, south, east, north);
    } else {
      parts.push(`e.latitude BETWEEN ? AND ?`);
      params.push(south, north);
      if (west <= east) {
        parts.push(`e.longitude BETWEEN ? AND ?`);
        params.push(west, east);
      } else {
        // A box across the antimeridian.
        parts.push(`(e.longitude >= ? OR e.longitude <= ?)`);
        params.push(west, east);
      }
    }
  }
  if (filter.verification && filter.verification.length > 0) {
    parts.push(`e.verification IN (${filter.verification.map(() => "?").join(", ")})`);
    params.push(...filter.verification);
  }
  if (filter.q && filter.q.trim() !== "") {
    const fts = fullTextCondition(filter.q, dialect);
    if (fts) {
      parts.push(fts.sql);
      params.push(...fts.params);
    } else {
      parts.push("1 = 0");
    }
  }
  return { sql: parts.length > 0 ? parts.join(" AND ") : "1 = 1", params };
}

function fullTextCondition(q: string, dialect: Dialect): WhereClause | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  if (dialect === "sqlite") {
    // Each word quoted: user input never reaches FTS5's query syntax.
    const match = words.map((w) => `"${w}"`).join(" ");
    return {
      sql: `(e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)
        OR e.id IN (SELECT s.event_id FROM event_sources s JOIN documents d ON d.id = s.document_id
          WHERE d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)))`,
      params: [match, match],
    };
  }
  const query = words.join(" & ");
  return {
    sql: `(e.notes_tsv @@ to_tsquery('simple', ?)
      OR e.id IN (SELECT s.event_id FROM event_sources s JOIN documents d ON d.id = s.document_id
        WHERE d.text_tsv @@ to_tsquery('simple', ?)))`,
    params: [query, query],
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function checkDate(value: string, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InputError(`filter.${name}`, `"${value}" is not an ISO date (YYYY-MM-DD)`);
  return value;
}

function checkBbox(bbox: [number, number, number, number]): [number, number, number, number] {
  if (bbox.length !== 4 || bbox.some((n) => typeof n !== "number" || !Number.isFinite(n))) {
    throw new InputError("filter.bbox", "expected [west, south, east, north] as four numbers");
  }
  if (bbox[1] > bbox[3]) throw new InputError("filter.bbox", "south is greater than north");
  return bbox;
}

/** Sort orders: the column sorted on, its direction; ties broken by seq in the same direction. */
export const SORTS: Record<EventSort, { column: string; desc: boolean }> = {
  date_desc: { column: "sort_date", desc: true },
  date_asc: { column: "sort_date", desc: false },
  fatalities_desc: { column: "sort_fatalities", desc: true },
  updated_desc: { column: "updated_at", desc: true },
};

interface Cursor {
  s: EventSort;
  v: string | number;
  q: number;
}

export function encodeCursor(sort: EventSort, value: string | number, seq: number): string {
  return Buffer.from(JSON.stringify({ s: sort, v: value, q: seq } satisfies Cursor)).toString("base64url");
}

export function decodeCursor(cursor: string, sort: EventSort): { value: string | number; seq: number } {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Cursor;
    if (parsed.s !== sort || typeof parsed.q !== "number") throw new Error("mismatch");
    return { value: parsed.v, seq: parsed.q };
  } catch {
    throw new InputError("cursor", "not a cursor from this listing (it may belong to another sort order)");
  }
}

/** Keyset condition and ORDER BY for one page. */
export function pageOrder(sort: EventSort, cursor: string | null | undefined): { where: WhereClause; orderBy: string } {
  const spec = SORTS[sort];
  if (!spec) throw new InputError("sort", `unknown sort "${String(sort)}"`);
  const dir = spec.desc ? "DESC" : "ASC";
  const orderBy = `e.${spec.column} ${dir}, e.seq ${dir}`;
  if (!cursor) return { where: { sql: "1 = 1", params: [] }, orderBy };
  const { value, seq } = decodeCursor(cursor, sort);
  const op = spec.desc ? "<" : ">";
  return {
    where: { sql: `(e.${spec.column} ${op} ? OR (e.${spec.column} = ? AND e.seq ${op} ?))`, params: [value, value, seq] },
    orderBy,
  };
}

/** Sub-event types matching a list of event types and/or sub-event types (unknown names match nothing). */
export function subEventTypesFor(types: string[]): string[] {
  const out = new Set<string>();
  for (const t of types) {
    if ((EVENT_TYPES as readonly string[]).includes(t)) {
      for (const [sub, type] of Object.entries(SUB_EVENT_TYPES)) if (type === t) out.add(sub);
    } else if (Object.prototype.hasOwnProperty.call(SUB_EVENT_TYPES, t)) {
      out.add(t);
    }
  }
  return [...out].sort();
}
