import postgres from "postgres";
import { ALL_QUEUES, jobsTarget } from "./job-queues.js";

/** A job that failed every retry, kept with its error for the status command and the API. */
export interface ParkedJob {
  id: string;
  queue: string;
  sourceId: string | null;
  /** The article URL or document origin the job was about. */
  subject: string | null;
  error: string;
  attempts: number;
  failedAt: string | null;
}

export interface QueueDepth {
  queue: string;
  waiting: number;
  active: number;
  retrying: number;
  completed: number;
  failed: number;
}

export interface JobStatus {
  queues: QueueDepth[];
  parked: ParkedJob[];
}

/**
 * Reads pg-boss's tables directly (no pg-boss instance needed): queue depths and
 * parked jobs, newest first, from the live table and the archive.
 */
export async function readJobStatus(location: string, options: { sourceId?: string; limit?: number } = {}): Promise<JobStatus> {
  const { url, jobsSchema } = jobsTarget(location);
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const [{ installed }] = await sql`SELECT to_regclass(${jobsSchema + ".job"}) IS NOT NULL AS installed`;
    if (!installed) return { queues: [], parked: [] };
    const schema = sql(jobsSchema);
    const depthRows = await sql`
      SELECT name, state, COUNT(*)::int AS n FROM ${schema}.job WHERE name = ANY(${ALL_QUEUES}) GROUP BY name, state`;
    const queues: QueueDepth[] = ALL_QUEUES.map((queue) => {
      const n = (state: string) => depthRows.find((r) => r.name === queue && r.state === state)?.n ?? 0;
      return { queue, waiting: n("created"), active: n("active"), retrying: n("retry"), completed: n("completed"), failed: n("failed") };
    });
    const sourceFilter = options.sourceId ?? null;
    const parkedRows = await sql`
      SELECT id, name, data, output, retry_count, completed_on FROM (
        SELECT id, name, data, output, retry_count, completed_on, state FROM ${schema}.job WHERE name = ANY(${ALL_QUEUES})
        UNION ALL
        SELECT id, name, data, output, retry_count, completed_on, state FROM ${schema}.archive WHERE name = ANY(${ALL_QUEUES})
      ) j
      WHERE state = 'failed' AND (${sourceFilter}::text IS NULL OR data->>'sourceId' = ${sourceFilter}::text)
      ORDER BY completed_on DESC NULLS LAST LIMIT ${options.limit ?? 50}`;
    const parked = parkedRows.map((row) => ({
      id: String(row.id),
      queue: String(row.name),
      sourceId: (row.data?.sourceId as string | undefined) ?? null,
      subject: (row.data?.url as string | undefined) ?? (row.data?.origin as string | undefined) ?? null,
      error: errorText(row.output),
      attempts: Number(row.retry_count) + 1,
      failedAt: row.completed_on ? new Date(row.completed_on as string).toISOString() : null,
    }));
    return { queues, parked };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** pg-boss stores a thrown error as {name, message, stack}; an expiry as {value: {message}}. */
function errorText(output: unknown): string {
  if (!output || typeof output !== "object") return String(output ?? "unknown error");
  const record = output as Record<string, unknown>;
  if (typeof record.message === "string") return record.message;
  const value = record.value as Record<string, unknown> | undefined;
  if (value && typeof value.message === "string") return value.message;
  return JSON.stringify(output).slice(0, 500);
}
