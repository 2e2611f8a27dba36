import { randomUUID } from "node:crypto";
import { InputError } from "../../domain/errors.js";
import type {
  BackoffPolicy,
  NewSource,
  PollResult,
  Source,
  SourceKind,
  SourceRegistry,
  SourceStatus,
} from "../../domain/sources.js";
import { migrateSources } from "./migrations.js";
import type { SourcesDb, SourcesExecutor } from "./sources-db.js";
import { nameKey, validateNewSource } from "./validate-source.js";

export const DEFAULT_BACKOFF: BackoffPolicy = { maxSeconds: 6 * 3600 };

/** Everything the registry holds, for `copy --from FILE.db --to postgres://...`. */
export interface SourcesSnapshot {
  sources: Source[];
  statuses: SourceStatus[];
  items: Array<{ source_id: string; url: string; first_seen_at: string }>;
}

interface SourceRow {
  id: string;
  name: string;
  url: string;
  kind: string;
  interval_seconds: number | string;
  language: string | null;
  country: string | null;
  reliability: string | null;
  enabled: number | string;
  created_at: string;
}

interface PollRow {
  source_id: string;
  last_poll_at: string | null;
  last_success_at: string | null;
  last_outcome: string | null;
  last_error: string | null;
  consecutive_failures: number | string;
  next_poll_at: string;
  etag: string | null;
  last_modified: string | null;
  items_seen: number | string;
}

const SOURCE_COLUMNS = "id, name, url, kind, interval_seconds, language, country, reliability, enabled, created_at";
const STATUS_SELECT = `
SELECT p.source_id, p.last_poll_at, p.last_success_at, p.last_outcome, p.last_error, p.consecutive_failures,
       p.next_poll_at, p.etag, p.last_modified,
       (SELECT COUNT(*) FROM source_items i WHERE i.source_id = p.source_id) AS items_seen
FROM source_polls p`;

/** One registry for both backends: the SQL is shared, only the connection differs. */
export class SqlSourceRegistry implements SourceRegistry {
  constructor(private readonly db: SourcesDb) {}

  get kind(): "sqlite" | "postgres" {
    return this.db.dialect;
  }

  async migrate(): Promise<void> {
    await migrateSources(this.db);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  async add(input: NewSource): Promise<Source> {
    const valid = validateNewSource(input);
    const source: Source = { id: randomUUID(), ...valid, created_at: new Date().toISOString() };
    return this.db.transaction(async (tx) => {
      const taken = await tx.all(`SELECT id FROM sources WHERE name_key = ?`, [nameKey(source.name)]);
      if (taken.length > 0) throw new InputError(`source "${source.name}"`, "a source with this name already exists");
      await insertSource(tx, source);
      await tx.run(`INSERT INTO source_polls (source_id, next_poll_at, consecutive_failures) VALUES (?, ?, 0)`, [
        source.id,
        source.created_at,
      ]);
      return source;
    });
  }

  async list(): Promise<Source[]> {
    const rows = await this.db.all<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM sources ORDER BY name_key`);
    return rows.map(toSource);
  }

  async get(idOrName: string): Promise<Source | null> {
    const rows = await this.db.all<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = ? OR name_key = ? LIMIT 1`, [
      idOrName,
      nameKey(idOrName),
    ]);
    return rows.length > 0 ? toSource(rows[0]) : null;
  }

  async remove(idOrName: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.all<{ id: string }>(`SELECT id FROM sources WHERE id = ? OR name_key = ?`, [idOrName, nameKey(idOrName)]);
      if (rows.length === 0) return false;
      const id = rows[0].id;
      await tx.run(`DELETE FROM source_items WHERE source_id = ?`, [id]);
      await tx.run(`DELETE FROM source_polls WHERE source_id = ?`, [id]);
      await tx.run(`DELETE FROM sources WHERE id = ?`, [id]);
      return true;
    });
  }

  async status(sourceId: string): Promise<SourceStatus | null> {
    const rows = await this.db.all<PollRow>(`${STATUS_SELECT} WHERE p.source_id = ?`, [sourceId]);
    return rows.length > 0 ? toStatus(rows[0]) : null;
  }

  async statuses(): Promise<SourceStatus[]> {
    const rows = await this.db.all<PollRow>(`${STATUS_SELECT} ORDER BY p.source_id`);
    return rows.map(toStatus);
  }

  async dueSources(now: Date, limit: number): Promise<Source[]> {
    const rows = await this.db.all<SourceRow>(
      `SELECT ${SOURCE_COLUMNS.split(", ").map((c) => `s.${c}`).join(", ")}
       FROM sources s JOIN source_polls p ON p.source_id = s.id
       WHERE s.enabled = 1 AND p.next_poll_at <= ?
       ORDER BY p.next_poll_at, s.id LIMIT ?`,
      [now.toISOString(), limit],
    );
    return rows.map(toSource);
  }

  async recordPoll(sourceId: string, result: PollResult, now: Date, backoff: BackoffPolicy = DEFAULT_BACKOFF): Promise<SourceStatus> {
    await this.db.transaction(async (tx) => {
      const rows = await tx.all<{ interval_seconds: number | string; consecutive_failures: number | string }>(
        `SELECT s.interval_seconds, p.consecutive_failures FROM sources s JOIN source_polls p ON p.source_id = s.id WHERE s.id = ?`,
        [sourceId],
      );
      if (rows.length === 0) throw new InputError(`source ${sourceId}`, "is not registered");
      const interval = Number(rows[0].interval_seconds);
      const at = now.toISOString();
      if (result.outcome === "error") {
        const failures = Number(rows[0].consecutive_failures) + 1;
        const next = new Date(now.getTime() + backoffSeconds(interval, failures, backoff) * 1000).toISOString();
        await tx.run(
          `UPDATE source_polls SET last_poll_at = ?, last_outcome = 'error', last_error = ?, consecutive_failures = ?, next_poll_at = ? WHERE source_id = ?`,
          [at, result.error.slice(0, 2000), failures, next, sourceId],
        );
        return;
      }
      const next = new Date(now.getTime() + interval * 1000).toISOString();
      if (result.outcome === "not-modified") {
        await tx.run(
          `UPDATE source_polls SET last_poll_at = ?, last_success_at = ?, last_outcome = 'not-modified', last_error = NULL,
             consecutive_failures = 0, next_poll_at = ? WHERE source_id = ?`,
          [at, at, next, sourceId],
        );
        return;
      }
      await tx.run(
        `UPDATE source_polls SET last_poll_at = ?, last_success_at = ?, last_outcome = 'ok', last_error = NULL,
           consecutive_failures = 0, next_poll_at = ?, etag = ?, last_modified = ? WHERE source_id = ?`,
        [at, at, next, result.etag, result.lastModified, sourceId],
      );
    });
    const status = await this.status(sourceId);
    if (!status) throw new InputError(`source ${sourceId}`, "was removed while being polled");
    return status;
  }

  async deferPoll(sourceId: string, at: Date): Promise<void> {
    await this.db.run(`UPDATE source_polls SET next_poll_at = ? WHERE source_id = ?`, [at.toISOString(), sourceId]);
  }

  async unseenItems(sourceId: string, urls: string[]): Promise<string[]> {
    const unique = [...new Set(urls)];
    const known = new Set<string>();
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const rows = await this.db.all<{ url: string }>(
        `SELECT url FROM source_items WHERE source_id = ? AND url IN (${chunk.map(() => "?").join(", ")})`,
        [sourceId, ...chunk],
      );
      for (const row of rows) known.add(row.url);
    }
    return unique.filter((url) => !known.has(url));
  }

  async markItemsSeen(sourceId: string, urls: string[], now: Date): Promise<string[]> {
    if (urls.length === 0) return [];
    const fresh = await this.db.transaction(async (tx) => {
      const inserted = new Set<string>();
      for (const url of new Set(urls)) {
        const rows = await tx.all<{ url: string }>(
          `INSERT INTO source_items (source_id, url, first_seen_at) VALUES (?, ?, ?) ON CONFLICT (source_id, url) DO NOTHING RETURNING url`,
          [sourceId, url, now.toISOString()],
        );
        if (rows.length > 0) inserted.add(url);
      }
      return inserted;
    });
    const seen = new Set<string>();
    return urls.filter((url) => fresh.has(url) && !seen.has(url) && seen.add(url));
  }

  async forgetItem(sourceId: string, url: string): Promise<void> {
    await this.db.run(`DELETE FROM source_items WHERE source_id = ? AND url = ?`, [sourceId, url]);
  }

  async reserveHostSlot(host: string, minIntervalMs: number, now: Date): Promise<number> {
    const nowMs = now.getTime();
    // One statement, so the row lock (PostgreSQL) or the write lock (SQLite) orders concurrent callers.
    const rows = await this.db.all<{ next_at_ms: number | string }>(
      `INSERT INTO source_host_slots (host, next_at_ms) VALUES (?, ?)
       ON CONFLICT (host) DO UPDATE SET next_at_ms =
         (CASE WHEN source_host_slots.next_at_ms > ? THEN source_host_slots.next_at_ms ELSE ? END) + ?
       RETURNING next_at_ms`,
      [host.toLowerCase(), nowMs + minIntervalMs, nowMs, nowMs, minIntervalMs],
    );
    return Number(rows[0].next_at_ms) - minIntervalMs;
  }

  /** Everything, for copying to another backend. */
  async snapshot(): Promise<SourcesSnapshot> {
    const items = await this.db.all<{ source_id: string; url: string; first_seen_at: string }>(
      `SELECT source_id, url, first_seen_at FROM source_items ORDER BY source_id, url`,
    );
    return { sources: await this.list(), statuses: await this.statuses(), items };
  }

  /** Adds what the snapshot holds and this registry lacks (same ids); returns how many sources were added. */
  async restore(snapshot: SourcesSnapshot): Promise<number> {
    return this.db.transaction(async (tx) => {
      let added = 0;
      for (const source of snapshot.sources) {
        const exists = await tx.all(`SELECT id FROM sources WHERE id = ? OR name_key = ?`, [source.id, nameKey(source.name)]);
        if (exists.length > 0) continue;
        await insertSource(tx, source);
        added += 1;
        const s = snapshot.statuses.find((st) => st.source_id === source.id);
        await tx.run(
          `INSERT INTO source_polls (source_id, last_poll_at, last_success_at, last_outcome, last_error, consecutive_failures, next_poll_at, etag, last_modified)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            source.id,
            s?.last_poll_at ?? null,
            s?.last_success_at ?? null,
            s?.last_outcome ?? null,
            s?.last_error ?? null,
            s?.consecutive_failures ?? 0,
            s?.next_poll_at ?? source.created_at,
            s?.etag ?? null,
            s?.last_modified ?? null,
          ],
        );
      }
      for (const item of snapshot.items) {
        await tx.run(
          `INSERT INTO source_items (source_id, url, first_seen_at) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM sources WHERE id = ?)
           ON CONFLICT (source_id, url) DO NOTHING`,
          [item.source_id, item.url, item.first_seen_at, item.source_id],
        );
      }
      return added;
    });
  }
}

/** min(max, interval × 2^(failures-1)): a source that keeps failing is asked less and less often. */
export function backoffSeconds(intervalSeconds: number, failures: number, policy: BackoffPolicy): number {
  const factor = 2 ** Math.min(Math.max(failures - 1, 0), 30);
  return Math.min(policy.maxSeconds, intervalSeconds * factor);
}

async function insertSource(tx: SourcesExecutor, source: Source): Promise<void> {
  await tx.run(
    `INSERT INTO sources (id, name, name_key, url, kind, interval_seconds, language, country, reliability, enabled, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      source.id,
      source.name,
      nameKey(source.name),
      source.url,
      source.kind,
      source.interval_seconds,
      source.language,
      source.country,
      source.reliability,
      source.enabled ? 1 : 0,
      source.created_at,
    ],
  );
}

function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    kind: row.kind as SourceKind,
    interval_seconds: Number(row.interval_seconds),
    language: row.language,
    country: row.country,
    reliability: row.reliability,
    enabled: Number(row.enabled) === 1,
    created_at: row.created_at,
  };
}

function toStatus(row: PollRow): SourceStatus {
  return {
    source_id: row.source_id,
    last_poll_at: row.last_poll_at,
    last_success_at: row.last_success_at,
    last_outcome: row.last_outcome as SourceStatus["last_outcome"],
    last_error: row.last_error,
    consecutive_failures: Number(row.consecutive_failures),
    next_poll_at: row.next_poll_at,
    etag: row.etag,
    last_modified: row.last_modified,
    items_seen: Number(row.items_seen),
  };
}
