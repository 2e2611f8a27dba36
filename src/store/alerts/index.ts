import type { AlertRegistry } from "../../domain/alerts.js";
import { PostgresAlertRegistry, type PostgresRegistryOptions } from "./postgres-registry.js";
import { SqliteAlertRegistry } from "./sqlite-registry.js";

export { PostgresAlertRegistry, SqliteAlertRegistry };
export { ALERTS_MIGRATIONS } from "./migrations.js";

/**
 * The alert registry for a store location: a SQLite file path (the same file as the events)
 * or a postgres:// URL. Call migrate() before use.
 */
export function openAlertRegistry(location: string, options: PostgresRegistryOptions = {}): AlertRegistry {
  if (/^postgres(ql)?:\/\//i.test(location)) return new PostgresAlertRegistry(location, options);
  return new SqliteAlertRegistry(location);
}
