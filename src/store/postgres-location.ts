import type postgres from "postgres";
import { InputError } from "../domain/index.js";

/**
 * How every PostgreSQL-backed part of the store (events, sources, alerts) reads a
 * `postgres://` location, so a team's `?schema=team_a` means the same thing to all.
 */

/** A location with its password masked, for error messages. */
export function redactLocation(location: string): string {
  return location.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

/** Throws an InputError naming the location when `schema` is not a plain lower-case identifier (it is spliced into SQL). */
export function assertSchemaName(location: string, schema: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new InputError(location, `schema "${schema}" must be lower-case letters, digits and underscores`);
  }
}

/**
 * Splits a postgres:// location into the URL a client should connect to (without the
 * `schema` query parameter, which the server would reject) and that schema, if any.
 */
export function postgresTarget(location: string): { url: string; schema: string | null } {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new InputError(redactLocation(location), "not a valid postgres:// URL");
  }
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  if (schema !== null) assertSchemaName(location, schema);
  return { url: url.toString(), schema };
}

/** Client options putting a team's schema first on the search path (tables are created there). */
export function schemaConnection(schema: string | null): { connection?: { search_path: string } } {
  return schema ? { connection: { search_path: `${schema},public` } } : {};
}

/** Creates the schema inside `tx`, under the lock all three registries share so concurrent starts do not race. */
export async function createSchemaInTransaction(tx: postgres.TransactionSql, schema: string): Promise<void> {
  await tx.unsafe(`SELECT pg_advisory_xact_lock(hashtext('conflictwatch.schema'))`);
  await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
}
