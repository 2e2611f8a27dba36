import type { SourcesDb } from "./sources-db.js";

/**
 * The registry's own versioned migrations, recorded in `sources_migrations` so they
 * never collide with the event store's `schema_migrations`. Each step is one
 * transaction; the SQL is the subset SQLite and PostgreSQL share (timestamps are
 * ISO-8601 UTC text, which sorts in time order).
 */
interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "sources, polling state, seen items, host slots",
    sql: `
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('feed', 'page', 'folder')),
  interval_seconds INTEGER NOT NULL CHECK (interval_seconds > 0),
  language TEXT,
  country TEXT,
  reliability TEXT,
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);
CREATE TABLE source_polls (
  source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  last_poll_at TEXT,
  last_success_at TEXT,
  last_outcome TEXT,
  last_error TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  next_poll_at TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT
);
CREATE INDEX source_polls_due ON source_polls (next_poll_at);
CREATE TABLE source_items (
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  PRIMARY KEY (source_id, url)
);
CREATE TABLE source_host_slots (
  host TEXT PRIMARY KEY,
  next_at_ms BIGINT NOT NULL
);`,
  },
];

const LOCK_KEY = 727_001; // advisory lock id: one migrator at a time on PostgreSQL

export async function migrateSources(db: SourcesDb): Promise<number[]> {
  return db.transaction(async (tx) => {
    if (db.dialect === "postgres") await tx.all(`SELECT pg_advisory_xact_lock(?)`, [LOCK_KEY]);
    await tx.all(`CREATE TABLE IF NOT EXISTS sources_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const rows = await tx.all<{ version: number }>(`SELECT version FROM sources_migrations`);
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.sql.split(";").map((s) => s.trim()).filter(Boolean)) {
        await tx.all(statement);
      }
      await tx.all(`INSERT INTO sources_migrations (version, name, applied_at) VALUES (?, ?, ?)`, [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
