import type { Migration } from "./migration.js";

/**
 * SQLite schema, one entry per version. Never edit a shipped entry: add a new one.
 * Merged values live twice on purpose: as columns (what filters, sorts and stats read,
 * with indexes) and as `values_json` (the full record, returned as is).
 *
 * Statements that read the same as in postgres.ts are written out again on purpose, not
 * shared: a shipped entry is frozen history, and a shared string edited for one dialect
 * (or for a later version) would silently rewrite the other's past schema. The dialects
 * differ anyway in identity columns, WITHOUT ROWID, triggers and full-text search.
 */
export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "documents, events, sources, review, audit, full text",
    statements: [
      `CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        url TEXT,
        title TEXT,
        published_at TEXT,
        published_at_origin TEXT NOT NULL,
        source_name TEXT,
        language TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        encoding TEXT NOT NULL,
        content_type TEXT,
        hints_json TEXT NOT NULL,
        raw BLOB NOT NULL,
        text TEXT NOT NULL,
        furniture_removed INTEGER NOT NULL DEFAULT 0,
        fingerprint TEXT,
        fp_band0 TEXT, fp_band1 TEXT, fp_band2 TEXT, fp_band3 TEXT,
        near_duplicate_of TEXT,
        ingested_at TEXT NOT NULL
      )`,
      `CREATE INDEX documents_fp0 ON documents (fp_band0)`,
      `CREATE INDEX documents_fp1 ON documents (fp_band1)`,
      `CREATE INDEX documents_fp2 ON documents (fp_band2)`,
      `CREATE INDEX documents_fp3 ON documents (fp_band3)`,
      `CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        event_date TEXT,
        date_precision TEXT NOT NULL,
        sort_date TEXT NOT NULL,
        week TEXT,
        month TEXT,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        actor1 TEXT,
        actor2 TEXT,
        actor_search TEXT NOT NULL,
        country TEXT,
        iso3 TEXT,
        admin1 TEXT,
        admin2 TEXT,
        location_name TEXT,
        latitude REAL,
        longitude REAL,
        fatalities_low INTEGER,
        fatalities_best INTEGER,
        sort_fatalities INTEGER NOT NULL,
        verification TEXT NOT NULL,
        has_captures INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL,
        review_status TEXT NOT NULL DEFAULT 'auto',
        orphaned INTEGER NOT NULL DEFAULT 0,
        values_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE INDEX events_sort_date ON events (sort_date, seq)`,
      `CREATE INDEX events_event_date ON events (event_date)`,
      `CREATE INDEX events_type_date ON events (event_type, sort_date)`,
      `CREATE INDEX events_sub_type_date ON events (sub_event_type, sort_date)`,
      `CREATE INDEX events_lat_lon ON events (latitude, longitude)`,
      `CREATE INDEX events_lon_lat ON events (longitude, latitude)`,
      `CREATE INDEX events_admin1 ON events (admin1)`,
      `CREATE INDEX events_admin2 ON events (admin2)`,
      `CREATE INDEX events_week ON events (week, fatalities_low)`,
      `CREATE INDEX events_fatalities ON events (sort_fatalities, seq)`,
      `CREATE INDEX events_updated ON events (updated_at, seq)`,
      `CREATE TABLE event_sources (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events (id) ON UPDATE CASCADE,
        document_id TEXT NOT NULL REFERENCES documents (id),
        idx INTEGER NOT NULL,
        values_json TEXT NOT NULL,
        evidence_json TEXT NOT NULL,
        UNIQUE (document_id, idx)
      )`,
      `CREATE INDEX event_sources_event ON event_sources (event_id)`,
      `CREATE TABLE review_overrides (
        event_id TEXT NOT NULL,
        field TEXT NOT NULL,
        value_json TEXT NOT NULL,
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (event_id, field)
      )`,
      `CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL,
        other_event_id TEXT,
        action TEXT NOT NULL,
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        before_json TEXT NOT NULL,
        after_json TEXT NOT NULL,
        why TEXT
      )`,
      `CREATE INDEX audit_log_event ON audit_log (event_id)`,
      `CREATE INDEX audit_log_other ON audit_log (other_event_id)`,
      // Full text: rowid = events.seq / documents.seq.
      `CREATE VIRTUAL TABLE events_fts USING fts5 (notes, tokenize = 'unicode61 remove_diacritics 2')`,
      `CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, tokenize = 'unicode61 remove_diacritics 2')`,
    ],
  },
  {
    version: 2,
    name: "covering indexes for map queries; per-day stats rollup kept by triggers",
    statements: [
      // Type filters become sub_event_type IN (...): one index walks type, date and box without touching rows.
      `DROP INDEX events_type_date`,
      `DROP INDEX events_sub_type_date`,
      `DROP INDEX events_event_date`,
      `DROP INDEX events_lat_lon`,
      `DROP INDEX events_week`,
      `CREATE INDEX events_sub_date_geo ON events (sub_event_type, sort_date, longitude, latitude, review_status)`,
      `CREATE INDEX events_date_geo ON events (sort_date, longitude, latitude, sub_event_type, review_status)`,
      // One row per (day, type, country, review status): week/month/type/country stats with date,
      // country and type filters read this instead of a million events. '' stands for "none".
      `CREATE TABLE event_day_stats (
        event_date TEXT NOT NULL,
        week TEXT NOT NULL,
        month TEXT NOT NULL,
        event_type TEXT NOT NULL,
        iso3 TEXT NOT NULL,
        country TEXT NOT NULL,
        review_status TEXT NOT NULL,
        events INTEGER NOT NULL,
        fatalities INTEGER NOT NULL,
        PRIMARY KEY (event_date, event_type, iso3, country, review_status)
      ) WITHOUT ROWID`,
      `CREATE INDEX event_day_stats_week ON event_day_stats (week, review_status, event_date, iso3, event_type, events, fatalities)`,
      `CREATE INDEX event_day_stats_month ON event_day_stats (month, review_status, event_date, iso3, event_type, events, fatalities)`,
      `INSERT INTO event_day_stats (event_date, week, month, event_type, iso3, country, review_status, events, fatalities)
        SELECT coalesce(event_date, ''), coalesce(week, ''), coalesce(month, ''), event_type, coalesce(iso3, ''), coalesce(country, ''),
          review_status, count(*), coalesce(sum(fatalities_low), 0)
        FROM events GROUP BY 1, 4, 5, 6, 7`,
      `CREATE TRIGGER events_stats_insert AFTER INSERT ON events BEGIN
        INSERT INTO event_day_stats (event_date, week, month, event_type, iso3, country, review_status, events, fatalities)
        VALUES (coalesce(NEW.event_date, ''), coalesce(NEW.week, ''), coalesce(NEW.month, ''), NEW.event_type, coalesce(NEW.iso3, ''),
          coalesce(NEW.country, ''), NEW.review_status, 1, coalesce(NEW.fatalities_low, 0))
        ON CONFLICT (event_date, event_type, iso3, country, review_status)
        DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;
      END`,
      `CREATE TRIGGER events_stats_delete AFTER DELETE ON events BEGIN
        UPDATE event_day_stats SET events = events - 1, fatalities = fatalities - coalesce(OLD.fatalities_low, 0)
        WHERE event_date = coalesce(OLD.event_date, '') AND event_type = OLD.event_type AND iso3 = coalesce(OLD.iso3, '')
          AND country = coalesce(OLD.country, '') AND review_status = OLD.review_status;
      END`,
      `CREATE TRIGGER events_stats_update AFTER UPDATE OF event_date, event_type, iso3, country, review_status, fatalities_low ON events BEGIN
        UPDATE event_day_stats SET events = events - 1, fatalities = fatalities - coalesce(OLD.fatalities_low, 0)
        WHERE event_date = coalesce(OLD.event_date, '') AND event_type = OLD.event_type AND iso3 = coalesce(OLD.iso3, '')
          AND country = coalesce(OLD.country, '') AND review_status = OLD.review_status;
        INSERT INTO event_day_stats (event_date, week, month, event_type, iso3, country, review_status, events, fatalities)
        VALUES (coalesce(NEW.event_date, ''), coalesce(NEW.week, ''), coalesce(NEW.month, ''), NEW.event_type, coalesce(NEW.iso3, ''),
          coalesce(NEW.country, ''), NEW.review_status, 1, coalesce(NEW.fatalities_low, 0))
        ON CONFLICT (event_date, event_type, iso3, country, review_status)
        DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;
      END`,
    ],
  },
  {
    version: 3,
    name: "merge candidates: undated and year-precision events by index",
    statements: [`CREATE INDEX events_precision_date ON events (date_precision, sort_date)`],
  },
  {
    version: 4,
    name: "full-text rows kept by triggers",
    statements: [
      `CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts (rowid, notes) VALUES (NEW.seq, NEW.notes);
      END`,
      `CREATE TRIGGER events_fts_update AFTER UPDATE OF notes ON events BEGIN
        DELETE FROM events_fts WHERE rowid = OLD.seq;
        INSERT INTO events_fts (rowid, notes) VALUES (NEW.seq, NEW.notes);
      END`,
      `CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        DELETE FROM events_fts WHERE rowid = OLD.seq;
      END`,
      `CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (NEW.seq, coalesce(NEW.title, ''), NEW.text);
      END`,
      `CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        DELETE FROM documents_fts WHERE rowid = OLD.seq;
      END`,
    ],
  },
  {
    version: 5,
    name: "one covering date index (paging, map boxes, merge candidates); admin2 with date",
    statements: [
      `DROP INDEX events_sort_date`,
      `DROP INDEX events_date_geo`,
      `DROP INDEX events_admin2`,
      `CREATE INDEX events_date_cover ON events (sort_date, seq, longitude, latitude, sub_event_type, review_status, iso3)`,
      `CREATE INDEX events_admin2_date ON events (admin2, sort_date)`,
    ],
  },
  {
    version: 6,
    name: "per-week stats rollup for unfiltered-by-date summaries",
    statements: [
      `CREATE TABLE event_week_stats (
        week TEXT NOT NULL,
        month TEXT NOT NULL,
        event_type TEXT NOT NULL,
        iso3 TEXT NOT NULL,
        country TEXT NOT NULL,
        review_status TEXT NOT NULL,
        events INTEGER NOT NULL,
        fatalities INTEGER NOT NULL,
        PRIMARY KEY (week, month, event_type, iso3, country, review_status)
      ) WITHOUT ROWID`,
      `INSERT INTO event_week_stats (week, month, event_type, iso3, country, review_status, events, fatalities)
        SELECT week, month, event_type, iso3, country, review_status, sum(events), sum(fatalities)
        FROM event_day_stats GROUP BY week, month, event_type, iso3, country, review_status`,
      `DROP TRIGGER events_stats_insert`,
      `DROP TRIGGER events_stats_delete`,
      `DROP TRIGGER events_stats_update`,
      `CREATE TRIGGER events_stats_insert AFTER INSERT ON events BEGIN
        INSERT INTO event_day_stats (event_date, week, month, event_type, iso3, country, review_status, events, fatalities)
        VALUES (coalesce(NEW.event_date, ''), coalesce(NEW.week, ''), coalesce(NEW.month, ''), NEW.event_type, coalesce(NEW.iso3, ''),
          coalesce(NEW.country, ''), NEW.review_status, 1, coalesce(NEW.fatalities_low, 0))
        ON CONFLICT (event_date, event_type, iso3, country, review_status)
        DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;
        INSERT INTO event_week_stats (week, month, event_type, iso3, country, review_status, events, fatalities)
        VALUES (coalesce(NEW.week, ''), coalesce(NEW.month, ''), NEW.event_type, coalesce(NEW.iso3, ''),
          coalesce(NEW.country, ''), NEW.review_status, 1, coalesce(NEW.fatalities_low, 0))
        ON CONFLICT (week, month, event_type, iso3, country, review_status)
        DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;
      END`,
      `CREATE TRIGGER events_stats_delete AFTER DELETE ON events BEGIN
        UPDATE event_day_stats SET events = events - 1, fatalities = fatalities - coalesce(OLD.fatalities_low, 0)
        WHERE event_date = coalesce(OLD.event_date, '') AND event_type = OLD.event_type AND iso3 = coalesce(OLD.iso3, '')
          AND country = coalesce(OLD.country, '') AND review_status = OLD.review_status;
        UPDATE event_week_stats SET events = events - 1, fatalities = fatalities - coalesce(OLD.fatalities_low, 0)
        WHERE week = coalesce(OLD.week, '') AND month = coalesce(OLD.month, '') AND event_type = OLD.event_type
          AND iso3 = coalesce(OLD.iso3, '') AND country = coalesce(OLD.country, '') AND review_status = OLD.review_status;
      END`,
      `CREATE TRIGGER events_stats_update AFTER UPDATE OF event_date, event_type, iso3, country, review_status, fatalities_low ON events BEGIN
        UPDATE event_day_stats SET events = events - 1, fatalities = fatalities - coalesce(OLD.fatalities_low, 0)
        WHERE event_date = coalesce(OLD.event_date, '') AND event_type = OLD.event_type AND iso3 = coalesce(OLD.iso3, '')
          AND country = coalesce(OLD.country, '') AND review_status = OLD.review_status;
        UPDATE event_week_stats SET events = events - 1, fatalities = fatalities - coalesce(OLD.fatalities_low, 0)
        WHERE week = coalesce(OLD.week, '') AND month = coalesce(OLD.month, '') AND event_type = OLD.event_type
          AND iso3 = coalesce(OLD.iso3, '') AND country = coalesce(OLD.country, '') AND review_status = OLD.review_status;
        INSERT INTO event_day_stats (event_date, week, month, event_type, iso3, country, review_status, events, fatalities)
        VALUES (coalesce(NEW.event_date, ''), coalesce(NEW.week, ''), coalesce(NEW.month, ''), NEW.event_type, coalesce(NEW.iso3, ''),
          coalesce(NEW.country, ''), NEW.review_status, 1, coalesce(NEW.fatalities_low, 0))
        ON CONFLICT (event_date, event_type, iso3, country, review_status)
        DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;
        INSERT INTO event_week_stats (week, month, event_type, iso3, country, review_status, events, fatalities)
        VALUES (coalesce(NEW.week, ''), coalesce(NEW.month, ''), NEW.event_type, coalesce(NEW.iso3, ''),
          coalesce(NEW.country, ''), NEW.review_status, 1, coalesce(NEW.fatalities_low, 0))
        ON CONFLICT (week, month, event_type, iso3, country, review_status)
        DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;
      END`,
    ],
  },
];
