/**
 * The alerts namespace's own versioned migrations, recorded in `alerts_migrations`
 * (never in the event store's `schema_migrations`), so alerts evolve independently.
 * JSON values are kept as text in both databases: the compare-and-set on a subject's
 * state compares the exact canonical text.
 */
export interface AlertsMigration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const TABLES = (serial: string) => `
CREATE TABLE IF NOT EXISTS alert_rules (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  definition TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alert_subjects (
  rule_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  state TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (rule_id, subject)
);
CREATE TABLE IF NOT EXISTS alert_fired (
  seq ${serial},
  id TEXT NOT NULL UNIQUE,
  rule_id TEXT NOT NULL,
  rule_name TEXT NOT NULL,
  subject TEXT NOT NULL,
  event_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  changes TEXT NOT NULL,
  trend TEXT,
  fired_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alert_fired_rule ON alert_fired (rule_id, seq);
CREATE INDEX IF NOT EXISTS alert_fired_event ON alert_fired (event_id);
CREATE TABLE IF NOT EXISTS alert_deliveries (
  id ${serial},
  alert_id TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  channel TEXT NOT NULL,
  target TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  status TEXT NOT NULL,
  http_status INTEGER,
  error TEXT,
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alert_deliveries_alert ON alert_deliveries (alert_id, id);
`;

export const ALERTS_MIGRATIONS: AlertsMigration[] = [
  {
    version: 1,
    name: "rules, subjects, fired alerts, deliveries",
    sqlite: TABLES("INTEGER PRIMARY KEY AUTOINCREMENT"),
    postgres: TABLES("BIGSERIAL PRIMARY KEY"),
  },
];

export const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS alerts_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
