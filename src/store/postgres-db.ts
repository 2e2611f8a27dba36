import postgres from "postgres";
import { InputError } from "../domain/index.js";
import { createSchemaInTransaction, postgresTarget, redactLocation, schemaConnection } from "./postgres-location.js";
import { toSqlValue, type SqlDb, type SqlExecutor } from "./sql-db.js";

type Sql = postgres.Sql;
type TxSql = postgres.TransactionSql;

/** SQLSTATEs worth retrying the whole transaction for. */
const RETRYABLE = new Set(["40001", "40P01"]);
const MAX_ATTEMPTS = 5;

/** Rewrites `?` placeholders as `$1, $2...`, leaving quoted literals and identifiers alone. */
export function numberPlaceholders(sql: string): string {
  let out = "";
  let n = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === "?") {
      out += `$${++n}`;
    } else {
      out += ch;
    }
  }
  return out;
}

function executor(sql: Sql | TxSql): SqlExecutor {
  const cache = new Map<string, string>();
  const text = (q: string) => {
    let t = cache.get(q);
    if (t === undefined) {
      t = numberPlaceholders(q);
      cache.set(q, t);
    }
    return t;
  };
  return {
    all: async <T>(q: string, params: readonly unknown[] = []) =>
      (await sql.unsafe(text(q), params.map(toSqlValue) as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[],
    run: async (q: string, params: readonly unknown[] = []) =>
      (await sql.unsafe(text(q), params.map(toSqlValue) as postgres.ParameterOrJSON<never>[], { prepare: true })).count,
  };
}

/**
 * postgres.js behind the SqlDb surface. Writers serialise on an advisory transaction
 * lock named by the caller, so two processes ingesting at once never both decide that
 * an event (or a document) is new; unique keys back that up.
 */
export class PostgresDb implements SqlDb {
  readonly dialect = "postgres" as const;
  hasPostgis = false;
  private readonly plain: SqlExecutor;

  constructor(
    readonly sql: Sql,
    readonly schema: string | null,
  ) {
    this.plain = executor(sql);
  }

  all<T = Record<string, unknown>>(q: string, params?: readonly unknown[]): Promise<T[]> {
    return this.plain.all<T>(q, params);
  }

  run(q: string, params?: readonly unknown[]): Promise<number> {
    return this.plain.run(q, params);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: { lock?: string }): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.sql.begin(async (tx) => {
          if (options?.lock) await tx.unsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, [options.lock]);
          return fn(executor(tx));
        })) as T;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
      }
    }
  }

  /** PostGIS is used when the extension exists and this schema's events carry the geometry column. */
  async afterMigrate(): Promise<void> {
    const rows = await this.all(
      `SELECT 1 AS x FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'events' AND column_name = 'geom'`,
    );
    this.hasPostgis = rows.length > 0;
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: 5 });
  }
}

export async function openPostgresDb(location: string): Promise<PostgresDb> {
  const { url, schema } = postgresTarget(location);
  const sql = postgres(url, { max: 10, onnotice: () => undefined, ...schemaConnection(schema) });
  try {
    await sql`SELECT 1`;
    if (schema) {
      await sql.begin((tx) => createSchemaInTransaction(tx, schema));
    }
    await ensurePostgis(sql);
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => undefined);
    if (error instanceof InputError) throw error;
    throw new InputError(redactLocation(location), `cannot connect to PostgreSQL: ${(error as Error).message}`, { cause: error });
  }
  return new PostgresDb(sql, schema);
}

/** Creates PostGIS in `public` when it is installed but not yet created; without rights (or without PostGIS) the store uses plain indexes. */
async function ensurePostgis(sql: Sql): Promise<void> {
  const present = await sql`SELECT 1 FROM pg_extension WHERE extname = 'postgis'`;
  if (present.length > 0) return;
  const available = await sql`SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'`;
  if (available.length === 0) return;
  try {
    await sql.begin(async (tx) => {
      await tx.unsafe(`SELECT pg_advisory_xact_lock(hashtext('conflictwatch.schema'))`);
      await tx.unsafe(`CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public`);
    });
  } catch {
    // No privilege to create it: fine, bbox queries use the latitude/longitude indexes.
  }
}
