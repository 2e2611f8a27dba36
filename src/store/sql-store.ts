import {
  InputError,
  type AuditEntry,
  type ConflictEvent,
  type DocumentInput,
  type EventFilter,
  type EventPage,
  type ExtractedEvent,
  type IngestOutcome,
  type MapPoint,
  type MergePolicy,
  type PageRequest,
  type ReviewAction,
  type StatsGroup,
  type StatsRow,
  type Store,
  type StoreDumpRecord,
  type StoredDocument,
  type WeaponCaptureRow,
} from "../domain/index.js";
import { dumpRecords, loadRecords } from "./dump.js";
import type { StoredEventRow } from "./event-row.js";
import { EVENT_SELECT, hydrate, loadEvent } from "./event-ops.js";
import { encodeCursor, filterWhere, pageOrder, SORTS, type WhereClause } from "./filter-sql.js";
import { ingestInTransaction, reextractInTransaction } from "./ingest.js";
import { countFromRollup, sortStats, statsFromRollup } from "./stats-rollup.js";
import { selectMapPoints } from "./map-points.js";
import { applyMigrations, type Migration } from "./migrations/migration.js";
import { readAuditLog, reviewInTransaction } from "./review.js";
import { first, type SqlDb } from "./sql-db.js";

/** Name of the store-wide write lock: ingest, re-extraction and review decide from a view no other writer changes meanwhile. */
const WRITE_LOCK = "conflictwatch.write";
const MAX_PAGE = 10_000;
const ITERATE_BATCH = 500;

const STATS_COLUMNS: Record<Exclude<StatsGroup, "actor" | "actor_pair">, string> = {
  week: "week",
  month: "month",
  event_type: "event_type",
  sub_event_type: "sub_event_type",
  admin1: "admin1",
  admin2: "admin2",
  country: "country",
};

/** The documents-table columns that make a StoredDocument: a row selected with them has its shape. */
export const DOCUMENT_COLUMNS =
  "id, origin, url, title, published_at, published_at_origin, source_name, language, content_hash, encoding, text, near_duplicate_of, ingested_at";

export function documentFromRow(row: StoredDocument): StoredDocument {
  return { ...row };
}

/** The Store over either SQL backend: one implementation, so both behave the same. */
export class SqlStore implements Store {
  readonly kind: "sqlite" | "postgres";

  constructor(
    readonly db: SqlDb,
    private readonly migrations: Migration[],
  ) {
    this.kind = db.dialect;
  }

  async migrate(): Promise<void> {
    await applyMigrations(this.db, this.migrations);
    await this.db.afterMigrate?.();
  }

  close(): Promise<void> {
    return this.db.close();
  }

  async findDocumentByHash(contentHash: string): Promise<StoredDocument | null> {
    const row = await first<StoredDocument>(this.db, `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE content_hash = ?`, [contentHash]);
    return row ? documentFromRow(row) : null;
  }

  ingestDocument(doc: DocumentInput, events: ExtractedEvent[], policy: MergePolicy): Promise<IngestOutcome> {
    return this.db.transaction((tx) => ingestInTransaction(tx, doc, events, policy), { lock: WRITE_LOCK });
  }

  reextractDocument(documentId: string, events: ExtractedEvent[], policy: MergePolicy): Promise<IngestOutcome> {
    return this.db.transaction((tx) => reextractInTransaction(tx, documentId, events, policy), { lock: WRITE_LOCK });
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = await first<StoredDocument>(this.db, `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`, [id]);
    return row ? documentFromRow(row) : null;
  }

  async getRawDocument(id: string): Promise<Uint8Array | null> {
    const row = await first<{ raw: Uint8Array }>(this.db, `SELECT raw FROM documents WHERE id = ?`, [id]);
    return row ? new Uint8Array(row.raw) : null;
  }

  async listDocumentIds(): Promise<string[]> {
    const rows = await this.db.all<{ id: string }>(`SELECT id FROM documents ORDER BY seq`);
    return rows.map((r) => r.id);
  }

  getEvent(id: string): Promise<ConflictEvent | null> {
    return loadEvent(this.db, id);
  }

  private where(filter: EventFilter): WhereClause {
    return filterWhere(filter ?? {}, this.db.dialect, this.db.hasPostgis);
  }

  async listEvents(filter: EventFilter, page: PageRequest): Promise<EventPage> {
    const limit = page.limit;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new InputError("limit", `expected an integer from 1 to ${MAX_PAGE}`);
    const sort = page.sort ?? "date_desc";
    const where = this.where(filter);
    const order = pageOrder(sort, page.cursor);
    // Two steps: the page's seqs from the (covering) indexes, then only those rows with their
    // wide JSON, so sorting never drags every match's full record along.
    const rows = await this.db.all<StoredEventRow>(
      `${EVENT_SELECT} WHERE e.seq IN (
         SELECT e.seq FROM events e WHERE ${where.sql} AND ${order.where.sql} ORDER BY ${order.orderBy} LIMIT ${limit + 1}
       ) ORDER BY ${order.orderBy}`,
      [...where.params, ...order.where.params],
    );
    const more = rows.length > limit;
    const pageRows = more ? rows.slice(0, limit) : rows;
    const last = pageRows[pageRows.length - 1];
    const column = SORTS[sort].column as keyof StoredEventRow;
    return {
      events: await hydrate(this.db, pageRows),
      next_cursor: more && last ? encodeCursor(sort, last[column] as string | number, Number(last.seq)) : null,
    };
  }

  async *iterateEvents(filter: EventFilter): AsyncIterable<ConflictEvent> {
    // Keyset batches rather than one open cursor: the connection stays free for writers
    // between batches, and memory holds one batch at a time.
    let cursor: string | null = null;
    do {
      const page: EventPage = await this.listEvents(filter, { limit: ITERATE_BATCH, cursor, sort: "date_asc" });
      for (const event of page.events) yield event;
      cursor = page.next_cursor;
    } while (cursor);
  }

  async mapPoints(filter: EventFilter, limit: number): Promise<MapPoint[]> {
    return selectMapPoints(this.db, this.db.dialect, this.where(filter), limit);
  }

  async countEvents(filter: EventFilter): Promise<number> {
    const rolled = this.db.dialect === "sqlite" ? await countFromRollup(this.db, filter ?? {}) : null;
    if (rolled !== null) return rolled;
    const where = this.where(filter);
    const row = await first<{ n: number | string }>(this.db, `SELECT CAST(count(*) AS INTEGER) AS n FROM events e WHERE ${where.sql}`, where.params);
    return Number(row?.n ?? 0);
  }

  async stats(filter: EventFilter, group: StatsGroup): Promise<StatsRow[]> {
    const rolled = this.db.dialect === "sqlite" ? await statsFromRollup(this.db, filter ?? {}, group) : null;
    if (rolled) return sortStats(rolled, group);
    const where = this.where(filter);
    const measures = `CAST(count(*) AS INTEGER) AS events, CAST(coalesce(sum(f), 0) AS INTEGER) AS fatalities`;
    let sql: string;
    let params = where.params;
    if (group === "actor") {
      sql = `SELECT k AS key, ${measures} FROM (
          SELECT e.actor1 AS k, e.fatalities_low AS f FROM events e WHERE ${where.sql} AND e.actor1 IS NOT NULL
          UNION ALL
          SELECT e.actor2 AS k, e.fatalities_low AS f FROM events e WHERE ${where.sql} AND e.actor2 IS NOT NULL
        ) t GROUP BY k`;
      params = [...where.params, ...where.params];
    } else if (group === "actor_pair") {
      sql = `SELECT k AS key, k2 AS key2, ${measures} FROM (
          SELECT e.actor1 AS k, coalesce(e.actor2, '') AS k2, e.fatalities_low AS f FROM events e WHERE ${where.sql} AND e.actor1 IS NOT NULL
        ) t GROUP BY k, k2`;
    } else {
      const column = STATS_COLUMNS[group];
      if (!column) throw new InputError("group", `unknown stats group "${String(group)}"`);
      sql = `SELECT k AS key, ${measures} FROM (
          SELECT e.${column} AS k, e.fatalities_low AS f FROM events e WHERE ${where.sql} AND e.${column} IS NOT NULL
        ) t GROUP BY k`;
    }
    const rows = await this.db.all<{ key: string; key2?: string; events: number | string; fatalities: number | string }>(sql, params);
    const out: StatsRow[] = rows.map((r) => ({
      key: r.key,
      ...(group === "actor_pair" ? { key2: r.key2 ?? "" } : {}),
      events: Number(r.events),
      fatalities: Number(r.fatalities),
    }));
    return sortStats(out, group);
  }

  async weaponsCaptured(filter: EventFilter): Promise<WeaponCaptureRow[]> {
    const where = this.where(filter);
    const rows = await this.db.all<{ id: string; event_date: string | null; values_json: string }>(
      `SELECT e.id, e.event_date, e.values_json FROM events e WHERE ${where.sql} AND e.has_captures = 1 ORDER BY e.sort_date DESC, e.seq DESC`,
      where.params,
    );
    const out: WeaponCaptureRow[] = [];
    for (const row of rows) {
      const values = JSON.parse(row.values_json) as ConflictEvent;
      for (const w of values.weapons ?? []) {
        if (w.captured_by === null && w.captured_from === null) continue;
        out.push({
          event_id: row.id,
          event_date: row.event_date,
          name: w.name,
          category: w.category,
          origin_country: w.origin_country,
          captured_by: w.captured_by,
          captured_from: w.captured_from,
          location: values.location?.name ?? null,
          admin1: values.location?.admin1 ?? null,
        });
      }
    }
    return out;
  }

  review(action: ReviewAction, policy: MergePolicy): Promise<ConflictEvent[]> {
    return this.db.transaction((tx) => reviewInTransaction(tx, action, policy), { lock: WRITE_LOCK });
  }

  auditLog(eventId?: string): Promise<AuditEntry[]> {
    return readAuditLog(this.db, eventId);
  }

  dump(): AsyncIterable<StoreDumpRecord> {
    return dumpRecords(this.db);
  }

  load(records: AsyncIterable<StoreDumpRecord>, onProgress?: (written: number) => void): Promise<number> {
    return loadRecords(this.db, records, onProgress);
  }
}
