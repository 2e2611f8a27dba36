import { isAbsolute, join, resolve } from "node:path";

/** Where the embedded database lives when neither --db nor CONFLICTWATCH_DB says otherwise. */
export const DEFAULT_DATA_DIR = "conflictwatch-data";
export const DEFAULT_DB_FILE = "conflictwatch.db";

/**
 * The store location: --db, else CONFLICTWATCH_DB, else a SQLite file in
 * ./conflictwatch-data/. A postgres:// URL selects PostgreSQL.
 */
export function resolveDbLocation(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const given = flag ?? env.CONFLICTWATCH_DB;
  if (given && given.length > 0) {
    if (isPostgresUrl(given) || given === ":memory:") return given;
    return isAbsolute(given) ? given : resolve(cwd, given);
  }
  return join(cwd, DEFAULT_DATA_DIR, DEFAULT_DB_FILE);
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The location as it may be printed: a PostgreSQL URL without its password. */
export function displayLocation(location: string): string {
  return location.replace(/(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, "$1:***@");
}
