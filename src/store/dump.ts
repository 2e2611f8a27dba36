import type { ConflictEvent, DocumentHints, EventValues, Store, StoreDumpRecord, StoredDocument } from "../domain/index.js";
import { InputError } from "../domain/index.js";
import { fingerprintBands } from "./ingest.js";
import { EVENT_SELECT, hydrate, insertSource, writeEvent } from "./event-ops.js";
import { valuesOf, type StoredEventRow } from "./event-row.js";
import { readAuditLog } from "./review.js";
import type { SqlDb, SqlExecutor } from "./sql-db.js";
import { withDeferredIndexes } from "./sqlite-bulk.js";
import { SqliteDb } from "./sqlite-db.js";

/** Dump and load: a store's full content as a stream of records, for copying between stores. */

const BATCH = 5000;

/** A whole documents-table row: the stored document plus the columns only a dump carries. */
interface DumpDocumentRow extends StoredDocument {
  seq: number | string;
  content_type: string | null;
  hints_json: string;
  raw: Uint8Array;
  furniture_removed: number;
  fingerprint: string | null;
}

export async function* dumpRecords(db: SqlDb): AsyncIterable<StoreDumpRecord> {
  for (let after = -1; ; ) {
    const docs = await db.all<DumpDocumentRow>(`SELECT * FROM documents WHERE seq > ? ORDER BY seq LIMIT ${BATCH}`, [after]);
    if (docs.length === 0) break;
    after = Number(docs[docs.length - 1].seq);
    for (const d of docs) {
      yield {
        kind: "document",
        document: {
          id: d.id, origin: d.origin, url: d.url, title: d.title, published_at: d.published_at,
          published_at_origin: d.published_at_origin, source_name: d.source_name, language: d.language,
          content_hash: d.content_hash, encoding: d.encoding, text: d.text, near_duplicate_of: d.near_duplicate_of,
          ingested_at: d.ingested_at,
        },
        raw: new Uint8Array(d.raw),
        content_type: d.content_type,
        hints: JSON.parse(d.hints_json) as DocumentHints,
        fingerprint: d.fingerprint,
        furniture_removed: Number(d.furniture_removed),
      };
    }
  }
  for (let after = -1; ; ) {
    const rows = await db.all<StoredEventRow>(`${EVENT_SELECT} WHERE e.seq > ? ORDER BY e.seq LIMIT ${BATCH}`, [after]);
    if (rows.length === 0) break;
    after = Number(rows[rows.length - 1].seq);
    const events = await hydrate(db, rows);
    const ids = rows.map((r) => r.id);
    const indexes = await db.all<{ event_id: string; idx: number }>(
      `SELECT event_id, idx FROM event_sources WHERE event_id IN (${ids.map(() => "?").join(", ")}) ORDER BY id`,
      ids,
    );
    for (let i = 0; i < events.length; i++) {
      yield {
        kind: "event",
        event: events[i],
        orphaned: Number(rows[i].orphaned) === 1,
        source_indexes: indexes.filter((x) => x.event_id === rows[i].id).map((x) => Number(x.idx)),
      };
    }
  }
  const overrides = await db.all<{ event_id: string; field: string; value_json: string; who: string; at: string }>(
    `SELECT event_id, field, value_json, who, at FROM review_overrides ORDER BY event_id, field`,
  );
  for (const o of overrides) {
    yield { kind: "override", event_id: o.event_id, field: o.field as keyof EventValues, value: JSON.parse(o.value_json) as unknown, who: o.who, at: o.at };
  }
  const others = new Map(
    (await db.all<{ id: number | string; other_event_id: string | null }>(`SELECT id, other_event_id FROM audit_log`)).map((r) => [Number(r.id), r.other_event_id]),
  );
  for (const entry of await readAuditLog(db)) yield { kind: "audit", entry, other_event_id: others.get(entry.id) ?? null };
}

async function loadOne(tx: SqlExecutor, db: SqlDb, record: StoreDumpRecord): Promise<void> {
  switch (record.kind) {
    case "document": {
      const d = record.document;
      const bands = record.fingerprint ? fingerprintBands(record.fingerprint) : [null, null, null, null];
      await tx.run(
        `INSERT INTO documents (id, origin, url, title, published_at, published_at_origin, source_name, language, content_hash,
          encoding, content_type, hints_json, raw, text, furniture_removed, fingerprint, fp_band0, fp_band1, fp_band2, fp_band3,
          near_duplicate_of, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          d.id, d.origin, d.url, d.title, d.published_at, d.published_at_origin, d.source_name, d.language, d.content_hash,
          d.encoding, record.content_type, JSON.stringify(record.hints ?? {}), Buffer.from(record.raw), d.text,
          record.furniture_removed, record.fingerprint, ...bands, d.near_duplicate_of, d.ingested_at,
        ],
      );
      return;
    }
    case "event": {
      const e: ConflictEvent = record.event;
      await writeEvent(tx, e.id, valuesOf(e), {
        review_status: e.review_status,
        orphaned: record.orphaned,
        created_at: e.created_at,
        updated_at: e.updated_at,
      });
      for (let i = 0; i < e.sources.length; i++) {
        const s = e.sources[i];
        await insertSource(tx, e.id, s.document_id, record.source_indexes[i] ?? i, s.values, s.evidence);
      }
      return;
    }
    case "override":
      await tx.run(`INSERT INTO review_overrides (event_id, field, value_json, who, at) VALUES (?, ?, ?, ?, ?)`, [
        record.event_id, record.field, JSON.stringify(record.value), record.who, record.at,
      ]);
      return;
    case "audit": {
      const a = record.entry;
      await tx.run(
        `INSERT INTO audit_log (id, event_id, other_event_id, action, who, at, before_json, after_json, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [a.id, a.event_id, record.other_event_id, a.action, a.who, a.at, JSON.stringify(a.before), JSON.stringify(a.after), a.why],
      );
      return;
    }
  }
}

/** Writes records in transactions of BATCH records; a failure rolls back only the batch in progress. */
export async function loadRecords(db: SqlDb, records: AsyncIterable<StoreDumpRecord>, onProgress?: (written: number) => void): Promise<number> {
  if (db instanceof SqliteDb) {
    const empty = (await db.all(`SELECT 1 AS x FROM events LIMIT 1`)).length === 0;
    if (empty) return withDeferredIndexes(db, () => loadBatches(db, records, onProgress));
  }
  return loadBatches(db, records, onProgress);
}

async function loadBatches(db: SqlDb, records: AsyncIterable<StoreDumpRecord>, onProgress?: (written: number) => void): Promise<number> {
  let written = 0;
  let batch: StoreDumpRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    await db.transaction(async (tx) => {
      for (const record of current) await loadOne(tx, db, record);
    }, { lock: "conflictwatch.write" });
    written += current.length;
    onProgress?.(written);
  };
  for await (const record of records) {
    batch.push(record);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (db.dialect === "postgres") {
    await db.run(`SELECT setval(pg_get_serial_sequence('audit_log', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM audit_log), false)`);
  }
  return written;
}

/**
 * Copies everything from one store into another (normally empty) one: documents with
 * their raw bytes, events with their sources and review state, overrides, audit log.
 * Events are written as they are (no re-merge), so ids and analysts' work carry over.
 */
export async function copyStore(from: Store, to: Store, onProgress?: (written: number) => void): Promise<number> {
  if (!from.dump) throw new InputError(`${from.kind} store`, "cannot dump its records (no dump method)");
  if (!to.load) throw new InputError(`${to.kind} store`, "cannot load records (no load method)");
  return to.load(from.dump(), onProgress);
}
