/**
 * Sources are data: the feeds, pages and folders a deployment follows, how often,
 * with which hints, and how their polling is going. Kept by a `SourceRegistry`
 * beside the event store (SQLite for one analyst, PostgreSQL for a team).
 */

/** feed: RSS/Atom, each item's link is fetched; page: one URL re-read when it changes; folder: a local directory of report files. */
export type SourceKind = "feed" | "page" | "folder";

export interface Source {
  id: string;
  /** Unique, as analysts call it ("Le Faso"). */
  name: string;
  /** URL for feeds and pages; a directory path for folders. */
  url: string;
  kind: SourceKind;
  /** How often to poll, in seconds. */
  interval_seconds: number;
  /** ISO 639-1 hint passed to cleaning/extraction ("fr"), or null. */
  language: string | null;
  /** ISO3 country hint for geocoding ("BFA"), or null. */
  country: string | null;
  /** Free-text note on how far to trust this source, shown next to its reports. */
  reliability: string | null;
  enabled: boolean;
  created_at: string;
}

export interface NewSource {
  name: string;
  url: string;
  kind: SourceKind;
  interval_seconds: number;
  language?: string | null;
  country?: string | null;
  reliability?: string | null;
  enabled?: boolean;
}

/** How polling a source is going: what the status command and the API show. */
export interface SourceStatus {
  source_id: string;
  last_poll_at: string | null;
  last_success_at: string | null;
  /** "ok", "not-modified", or "error". */
  last_outcome: "ok" | "not-modified" | "error" | null;
  last_error: string | null;
  consecutive_failures: number;
  /** When the source is next due; pushed back exponentially while it keeps failing. */
  next_poll_at: string;
  /** Validators for conditional requests. */
  etag: string | null;
  last_modified: string | null;
  /** Item URLs (or file names) seen so far. */
  items_seen: number;
}

/** The result of one poll, as the fetcher saw it. */
export type PollResult =
  | { outcome: "ok"; etag: string | null; lastModified: string | null }
  | { outcome: "not-modified" }
  | { outcome: "error"; error: string };

/** Backoff policy for failing sources: delay = min(max, interval * 2^(failures-1)). */
export interface BackoffPolicy {
  maxSeconds: number;
}

export interface SourceRegistry {
  readonly kind: "sqlite" | "postgres";
  /** Apply pending migrations of the sources schema (own namespace: `sources_migrations`). Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Throws InputError when the name is taken or a value is invalid. */
  add(source: NewSource): Promise<Source>;
  list(): Promise<Source[]>;
  /** By id or by name (case-insensitive). */
  get(idOrName: string): Promise<Source | null>;
  /** Removes the source and its polling state; stored documents stay. Returns false when unknown. */
  remove(idOrName: string): Promise<boolean>;

  status(sourceId: string): Promise<SourceStatus | null>;
  statuses(): Promise<SourceStatus[]>;
  /** Enabled sources whose next_poll_at is at or before `now`, oldest due first. */
  dueSources(now: Date, limit: number): Promise<Source[]>;
  /** Record a poll; on success the next poll is one interval later, on failure it is backed off. */
  recordPoll(sourceId: string, result: PollResult, now: Date, backoff?: BackoffPolicy): Promise<SourceStatus>;
  /** Postpone a source's next poll to `at` (used when a poll is scheduled, so the scheduler does not resend it). */
  deferPoll(sourceId: string, at: Date): Promise<void>;
  /** The item URLs of a source not seen before, in input order (read only). */
  unseenItems(sourceId: string, urls: string[]): Promise<string[]>;
  /** Remember item URLs of a source; returns those not seen before, in input order. Safe under concurrency. */
  markItemsSeen(sourceId: string, urls: string[], now: Date): Promise<string[]>;
  /** Forget an item so a later poll fetches it again (its job was parked). */
  forgetItem(sourceId: string, url: string): Promise<void>;
  /**
   * Reserve the next request slot for a host, shared by every worker on every machine:
   * returns the epoch milliseconds at which the caller may send, at least `minIntervalMs`
   * after the previous reservation.
   */
  reserveHostSlot(host: string, minIntervalMs: number, now: Date): Promise<number>;
}
