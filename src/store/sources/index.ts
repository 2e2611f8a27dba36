export { openSourceRegistry, copySources } from "./open-registry.js";
export { SqlSourceRegistry, DEFAULT_BACKOFF, backoffSeconds, type SourcesSnapshot } from "./source-registry.js";
export { isPostgresLocation, postgresTarget } from "./sources-db.js";
export { validateNewSource } from "./validate-source.js";
