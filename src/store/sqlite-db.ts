import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { toSqlValue, type SqlDb, type SqlExecutor } from "./sql-db.js";

type Statement = Database.Statement<unknown[], unknown>;

/**
 * better-sqlite3 behind the async SqlDb surface. better-sqlite3 is synchronous and
 * one connection serves the whole process, so a transaction that awaits between
 * statements must not let another caller's statements in: every call goes through
 * one FIFO queue, and a transaction holds the queue until it commits or rolls back.
 */
export class SqliteDb implements SqlDb {
  readonly dialect = "sqlite" as const;
  readonly hasPostgis = false;
  readonly raw: Database.Database;
  private readonly statements = new Map<string, Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * `bulkTuning` (default on) is for the event store's large loads: fsync at checkpoints
   * only, a 256 MB page cache and in-memory temp tables. The source registry's small
   * second connection turns it off and keeps SQLite's defaults.
   */
  constructor(location: string, options: { bulkTuning?: boolean } = {}) {
    if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
    this.raw = new Database(location);
    this.raw.pragma("journal_mode = WAL");
    this.raw.pragma("foreign_keys = ON");
    this.raw.pragma("busy_timeout = 5000");
    if (options.bulkTuning ?? true) {
      this.raw.pragma("synchronous = NORMAL");
      this.raw.pragma("cache_size = -262144");
      this.raw.pragma("temp_store = MEMORY");
    }
  }

  private statement(sql: string): Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.raw.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  /** Executor that runs statements directly (used inside the queue). */
  private readonly direct: SqlExecutor = {
    all: async <T>(sql: string, params: readonly unknown[] = []) => {
      const stmt = this.statement(sql);
      const bound = params.map(toSqlValue);
      if (!stmt.reader) {
        stmt.run(...bound);
        return [] as T[];
      }
      return stmt.all(...bound) as T[];
    },
    run: async (sql: string, params: readonly unknown[] = []) => this.statement(sql).run(...params.map(toSqlValue)).changes,
  };

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(fn, fn);
    this.queue = result.catch(() => undefined);
    return result;
  }

  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.enqueue(() => this.direct.all<T>(sql, params));
  }

  run(sql: string, params?: readonly unknown[]): Promise<number> {
    return this.enqueue(() => this.direct.run(sql, params));
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      this.raw.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn(this.direct);
        this.raw.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.raw.inTransaction) this.raw.exec("ROLLBACK");
        throw error;
      }
    });
  }

  /** Runs a synchronous bulk job on the raw connection, inside the queue (bulk loads, migrations). */
  exclusive<T>(fn: (db: Database.Database) => T): Promise<T> {
    return this.enqueue(async () => fn(this.raw));
  }

  async close(): Promise<void> {
    await this.enqueue(async () => this.raw.close());
  }
}
