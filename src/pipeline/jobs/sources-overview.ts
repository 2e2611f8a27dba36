import type { Source, SourceRegistry, SourceStatus } from "../../domain/sources.js";
import { isPostgresLocation } from "../../store/sources/index.js";
import { readJobStatus, type JobStatus } from "./job-status.js";

export interface SourcesOverview {
  sources: Array<Source & { status: SourceStatus | null }>;
  /** Queue depths and parked jobs; null on SQLite, which runs no job queue. */
  jobs: JobStatus | null;
}

/**
 * Every source (or one) with its polling state, and on PostgreSQL the job queues and
 * parked jobs: what `conflictwatch sources status --json` prints and what an API
 * route can return as is.
 */
export async function sourcesOverview(registry: SourceRegistry, location: string, which?: Source): Promise<SourcesOverview> {
  const sources = which ? [which] : await registry.list();
  const statuses = new Map((await registry.statuses()).map((s) => [s.source_id, s]));
  const jobs = isPostgresLocation(location) ? await readJobStatus(location, { sourceId: which?.id }) : null;
  return { sources: sources.map((s) => ({ ...s, status: statuses.get(s.id) ?? null })), jobs };
}
