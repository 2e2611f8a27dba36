import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import postgres from "postgres";
import { InputError } from "../../domain/errors.js";

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

/**
 * A postgres:// location as the event store reads it: a `schema` query parameter
 * (`...?schema=team_a`) keeps one team's tables in that schema. Returns the URL
 * without it (for clients that would send it to the server) and the schema.
 */
export function postgresTarget(location: string): { url: string; schema: string | null } {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new InputError(location.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@"), "not a valid postgres:// URL");
  }
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new InputError(location, `schema "${schema}" must be lower-case letters, digits and underscores`);
  }
  return { url: url.toString(), schema };
}

/** better-sqlite3 is synchronous and shared by the process: calls go through one FIFO queue so an awaiting transaction is never interleaved. */
export class SqliteSourcesDb implements SourcesDb {
  readonly dialect = "sqlite" as const;
  private readonly db: Database.Database;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(location: string) {
    if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
    this.db = new Database(location);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.pragma("foreign_keys = ON");
  }

  private readonly direct: SourcesExecutor = {
    all: async <T>(sql: string, params: readonly unknown[] = []) => {
      const stmt = this.db.prepare(sql);
      if (!stmt.reader) {
        stmt.run(...params.map(toSqlite));
        return [] as T[];
      }
      return stmt.all(...params.map(toSqlite)) as T[];
    },
    run: async (sql: string, params: readonly unknown[] = []) => {
      if (params.length === 0 && sql.includes(";")) this.db.exec(sql);
      else this.db.prepare(sql).run(...params.map(toSqlite));
    },
  };

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.queue.then(fn, fn);
    this.queue = result.catch(() => undefined);
    return result;
  }

  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.enqueue(() => this.direct.all<T>(sql, params));
  }

  run(sql: string, params?: readonly unknown[]): Promise<void> {
    return this.enqueue(() => this.direct.run(sql, params));
  }

  transaction<T>(fn: (tx: SourcesExecutor) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn(this.direct);
        this.db.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.enqueue(async () => this.db.close());
  }
}

function toSqlite(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

export class PostgresSourcesDb implements SourcesDb {
  readonly dialect = "postgres" as const;
  private readonly sql: postgres.Sql;

  private readonly schema: string | null;

  constructor(location: string, options: { max?: number } = {}) {
    const { url, schema } = postgresTarget(location);
    this.schema = schema;
    this.sql = postgres(url, {
      max: options.max ?? 4,
      onnotice: () => undefined,
      ...(schema ? { connection: { search_path: `${schema},public` } } : {}),
    });
  }

  /** Creates the team's schema when the location names one (same lock as the event store uses). */
  async ensureSchema(): Promise<void> {
    if (!this.schema) return;
    const schema = this.schema;
    await this.sql.begin(async (tx) => {
      await tx.unsafe(`SELECT pg_advisory_xact_lock(hashtext('conflictwatch.schema'))`);
      await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    });
  }

  private static executor(sql: postgres.Sql | postgres.TransactionSql): SourcesExecutor {
    return {
      all: async <T>(text: string, params: readonly unknown[] = []) =>
        (await sql.unsafe(renumber(text), params.map(toPostgres) as never[])) as unknown as T[],
      run: async (text: string, params: readonly unknown[] = []) => {
        if (params.length === 0 && text.includes(";")) await sql.unsafe(text).simple();
        else await sql.unsafe(renumber(text), params.map(toPostgres) as never[]);
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

function toPostgres(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** `?` → `$1, $2...` (the registry's SQL has no `?` inside string literals). */
function renumber(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
