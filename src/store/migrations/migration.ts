import type { SqlDb, SqlExecutor } from "../sql-db.js";

/** One schema version: plain statements, plus an optional step that inspects the database first. */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
  /** Runs after the statements, in the same transaction (e.g. optional PostGIS objects). */
  extra?: (tx: SqlExecutor) => Promise<void>;
}

/**
 * Applies every migration newer than the recorded version, each in its own transaction,
 * recording it in `schema_migrations`. Safe to call repeatedly and from several
 * processes at once (the transaction takes the store lock first, then re-reads the version).
 */
export async function applyMigrations(db: SqlDb, migrations: Migration[]): Promise<void> {
  await db.transaction(
    (tx) =>
      tx.run(
        `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
      ),
    { lock: "conflictwatch.migrate" },
  );
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    await db.transaction(
      async (tx) => {
        const done = await tx.all(`SELECT version FROM schema_migrations WHERE version = ?`, [migration.version]);
        if (done.length > 0) return;
        for (const statement of migration.statements) await tx.run(statement);
        if (migration.extra) await migration.extra(tx);
        await tx.run(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`, [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
      },
      { lock: "conflictwatch.migrate" },
    );
  }
}
