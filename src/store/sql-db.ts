/**
 * The little SQL surface both backends offer, so that the store's logic (ingest,
 * merge, review, queries) is written once. SQL is written with `?` placeholders in
 * the common subset of SQLite and PostgreSQL; the PostgreSQL adapter renumbers them.
 */

export type Dialect = "sqlite" | "postgres";

export interface SqlExecutor {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

export interface SqlDb extends SqlExecutor {
  readonly dialect: Dialect;
  /** PostgreSQL only: PostGIS functions are usable in this database. */
  readonly hasPostgis: boolean;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * `lock` names a store-wide critical section (an advisory lock on PostgreSQL) so
   * that two writers never decide merges from the same stale view.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: { lock?: string }): Promise<T>;
  /** Called after migrations: re-reads what the schema offers (e.g. the PostGIS column). */
  afterMigrate?(): Promise<void>;
  close(): Promise<void>;
}

/** A parameter as both drivers take it: undefined is NULL, booleans are 0/1 (the schemas store flags as integers). */
export function toSqlValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** Returns the first row, or null. */
export async function first<T>(db: SqlExecutor, sql: string, params?: readonly unknown[]): Promise<T | null> {
  const rows = await db.all<T>(sql, params);
  return rows.length > 0 ? rows[0] : null;
}

/** "?, ?, ?" for an IN list. */
export function placeholders(count: number): string {
  return new Array(count).fill("?").join(", ");
}
