import type { SourceRegistry } from "../../domain/sources.js";
import { SqlSourceRegistry } from "./source-registry.js";
import { isPostgresLocation, PostgresSourcesDb, SqliteSourcesDb } from "./sources-db.js";

/**
 * Opens the source registry living in the same database as the event store:
 * a `postgres://` URL or a SQLite file path (":memory:" for tests). Migrates it.
 */
export async function openSourceRegistry(location: string, options: { migrate?: boolean } = {}): Promise<SqlSourceRegistry> {
  const db = isPostgresLocation(location) ? new PostgresSourcesDb(location) : new SqliteSourcesDb(location);
  const registry = new SqlSourceRegistry(db);
  if (options.migrate ?? true) {
    try {
      if (db instanceof PostgresSourcesDb) await db.ensureSchema();
      await registry.migrate();
    } catch (error) {
      await registry.close();
      throw error;
    }
  }
  return registry;
}

/**
 * Copies every source, its polling state and seen items from one registry to another,
 * keeping ids; sources already present (same id or name) are left alone, so a
 * repeated copy adds nothing. Returns how many sources were added.
 */
export async function copySources(from: SourceRegistry, to: SourceRegistry): Promise<number> {
  if (!(from instanceof SqlSourceRegistry) || !(to instanceof SqlSourceRegistry)) {
    throw new TypeError("copySources needs registries opened with openSourceRegistry");
  }
  return to.restore(await from.snapshot());
}
