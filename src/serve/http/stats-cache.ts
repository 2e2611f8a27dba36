import type { Store } from "../../domain/store.js";

/**
 * Remembers aggregate answers (stats, facets) until the data changes. Aggregates over a
 * million events cost hundreds of milliseconds; the dashboard asks for the same ones again
 * and again (timeline, filter menus) while the data stays put.
 *
 * "The data changed" is read from the store itself, so writes by other processes (CLI
 * ingest, workers) count too: the most recently updated event's time and id, one indexed
 * row. Every write the store makes (ingest, re-extraction, review) touches updated_at.
 */
export class AggregateCache {
  private version: string | null = null;
  private readonly entries = new Map<string, unknown>();

  constructor(
    private readonly store: Store,
    private readonly maxEntries = 500,
  ) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.currentVersion();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as T;
      // Map order is insertion order: re-inserting keeps the least recently used first.
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = await compute();
    if (this.version === version) {
      this.entries.set(key, value);
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }

  private async currentVersion(): Promise<string> {
    const page = await this.store.listEvents({ includeRejected: true }, { limit: 1, sort: "updated_desc" });
    const latest = page.events[0];
    return latest ? `${latest.updated_at}|${latest.id}` : "empty";
  }
}
