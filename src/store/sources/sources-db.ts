import postgres from "postgres";
import { numberPlaceholders } from "../postgres-db.js";
import { createSchemaInTransaction, postgresTarget, schemaConnection } from "../postgres-location.js";
import { toSqlValue } from "../sql-db.js";
import { SqliteDb } from "../sqlite-db.js";

export { postgresTarget };

/**
 * The small SQL surface the source registry needs, over better-sqlite3 or postgres.js.
 * Statements are written once with `?` placeholders in the subset both dialects
 * share; the PostgreSQL side renumbers them to `$n`.
 */
export interface SourcesExecutor {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
}

export interface SourcesDb extends SourcesExecutor {
  readonly dialect: "sqlite" | "postgres";
  transaction<T>(fn: (tx: SourcesExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The registry on SQLite: the event store's queued connection, without its bulk-load tuning. */
export class SqliteSourcesDb implements SourcesDb {
  readonly dialect = "sqlite" as const;
  private readonly db: SqliteDb;

  constructor(location: string) {
    this.db = new SqliteDb(location, { bulkTuning: false });
  }

  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.db.all<T>(sql, params);
  }

  async run(sql: string, params?: readonly unknown[]): Promise<void> {
    await this.db.run(sql, params);
  }

  transaction<T>(fn: (tx: SourcesExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) =>
      fn({
        all: <R>(sql: string, params?: readonly unknown[]) => tx.all<R>(sql, params),
        run: async (sql: string, params?: readonly unknown[]) => void (await tx.run(sql, params)),
      }),
    );
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

export class PostgresSourcesDb implements SourcesDb {
  readonly dialect = "postgres" as const;
  private readonly sql: postgres.Sql;

  private readonly schema: string | null;

  constructor(location: string, options: { max?: number } = {}) {
    const { url, schema } = postgresTarget(location);
    this.schema = schema;
    this.sql = postgres(url, { max: options.max ?? 4, onnotice: () => undefined, ...schemaConnection(schema) });
  }

  /** Creates the team's schema when the location names one (same lock as the event store uses). */
  async ensureSchema(): Promise<void> {
    if (!this.schema) return;
    const schema = this.schema;
    await this.sql.begin((tx) => createSchemaInTransaction(tx, schema));
  }

  private static executor(sql: postgres.Sql | postgres.TransactionSql): SourcesExecutor {
    return {
      all: async <T>(text: string, params: readonly unknown[] = []) =>
        (await sql.unsafe(numberPlaceholders(text), params.map(toSqlValue) as never[])) as unknown as T[],
      run: async (text: string, params: readonly unknown[] = []) => {
        if (params.length === 0 && text.includes(";")) await sql.unsafe(text).simple();
        else await sql.unsafe(numberPlaceholders(text), params.map(toSqlValue) as never[]);
      },
    };
  }

  all<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]> {
    return PostgresSourcesDb.executor(this.sql).all<T>(text, params);
  }

  run(text: string, params?: readonly unknown[]): Promise<void> {
    return PostgresSourcesDb.executor(this.sql).run(text, params);
  }

  async transaction<T>(fn: (tx: SourcesExecutor) => Promise<T>): Promise<T> {
    return (await this.sql.begin((tx) => fn(PostgresSourcesDb.executor(tx)))) as T;
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: 5 });
  }
}
