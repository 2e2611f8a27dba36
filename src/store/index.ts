import { InputError, type Store } from "../domain/index.js";
import { SQLITE_MIGRATIONS } from "./migrations/sqlite.js";
import { SqliteDb } from "./sqlite-db.js";
import { SqlStore } from "./sql-store.js";

export { copyStore } from "./dump.js";
export { SqlStore } from "./sql-store.js";

/**
 * Opens (and migrates) a store:
 * - `postgres://` or `postgresql://` URL: PostgreSQL. A `schema` query parameter
 *   (`...?schema=team_a`) keeps the tables in that schema, created when missing.
 * - `:memory:` or a file path: SQLite (parent folders are created).
 */
export async function openStore(location: string): Promise<Store> {
  if (typeof location !== "string" || location.trim() === "") throw new InputError("store", "no location given (a file path, :memory: or a postgres:// URL)");
  let store: SqlStore;
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const { openPostgresDb } = await import("./postgres-db.js");
    const { POSTGRES_MIGRATIONS } = await import("./migrations/postgres.js");
    store = new SqlStore(await openPostgresDb(location), POSTGRES_MIGRATIONS);
  } else {
    let db: SqliteDb;
    try {
      db = new SqliteDb(location);
    } catch (error) {
      throw new InputError(location, `cannot open as a SQLite database: ${(error as Error).message}`, { cause: error });
    }
    store = new SqlStore(db, SQLITE_MIGRATIONS);
  }
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
