import type { SqliteDb } from "./sqlite-db.js";

/**
 * Bulk loading into an empty SQLite store: secondary indexes and the triggers (stats
 * rollup, full text) are set aside while rows go in, then rebuilt once (sorting a million keys beats a million
 * random B-tree inserts by an order of magnitude). Whatever happens, they are put back.
 */

interface SchemaObject {
  type: "index" | "trigger";
  name: string;
  sql: string;
}

const BULK_TABLES = ["events", "event_sources", "documents"];

export async function withDeferredIndexes<T>(db: SqliteDb, load: () => Promise<T>): Promise<T> {
  const objects = await db.exclusive((raw) => {
    const found = raw
      .prepare(
        `SELECT type, name, sql FROM sqlite_master
         WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (${BULK_TABLES.map(() => "?").join(", ")})`,
      )
      .all(...BULK_TABLES) as SchemaObject[];
    raw.transaction(() => {
      for (const o of found) raw.exec(`DROP ${o.type === "index" ? "INDEX" : "TRIGGER"} ${o.name}`);
    })();
    return found;
  });
  try {
    return await load();
  } finally {
    await db.exclusive((raw) => {
      raw.transaction(() => {
        for (const o of objects.filter((x) => x.type === "index")) raw.exec(o.sql);
        // The rollup is rebuilt from the events, then the triggers keep it from here on.
        raw.exec(`DELETE FROM event_day_stats`);
        raw.exec(`INSERT INTO event_day_stats (event_date, week, month, event_type, iso3, country, review_status, events, fatalities)
          SELECT coalesce(event_date, ''), coalesce(week, ''), coalesce(month, ''), event_type, coalesce(iso3, ''), coalesce(country, ''),
            review_status, count(*), coalesce(sum(fatalities_low), 0)
          FROM events GROUP BY 1, 4, 5, 6, 7`);
        raw.exec(`DELETE FROM event_week_stats`);
        raw.exec(`INSERT INTO event_week_stats (week, month, event_type, iso3, country, review_status, events, fatalities)
          SELECT week, month, event_type, iso3, country, review_status, sum(events), sum(fatalities)
          FROM event_day_stats GROUP BY week, month, event_type, iso3, country, review_status`);
        // So is the full text (the store was empty when the load began).
        raw.exec(`DELETE FROM events_fts`);
        raw.exec(`INSERT INTO events_fts (rowid, notes) SELECT seq, notes FROM events`);
        raw.exec(`DELETE FROM documents_fts`);
        raw.exec(`INSERT INTO documents_fts (rowid, title, text) SELECT seq, coalesce(title, ''), text FROM documents`);
        for (const o of objects.filter((x) => x.type === "trigger")) raw.exec(o.sql);
      })();
      raw.pragma("analysis_limit = 1000");
      raw.exec("ANALYZE");
    });
  }
}
