import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultMergePolicy } from "../merge/index.js";
import { copyStore, openStore } from "./index.js";
import { storeReviewContract } from "./store-review.contract.js";
import { storeContract } from "./store.contract.js";
import { PLACES, doc, event } from "./testing/fixtures.js";

storeContract("SQLite (in memory)", () => openStore(":memory:"));
storeReviewContract("SQLite (in memory)", () => openStore(":memory:"));

describe("SQLite file store", () => {
  const dir = mkdtempSync(join(tmpdir(), "cw-sqlite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates parent folders, uses WAL, and keeps data across reopenings", async () => {
    const path = join(dir, "nested", "deeper", "events.db");
    const store = await openStore(path);
    const out = await store.ingestDocument(doc("Persisted report"), [event()], defaultMergePolicy);
    await store.close();
    const again = await openStore(path);
    expect((await again.getEvent(out.eventIds[0]))?.sources).toHaveLength(1);
    const { SqlStore } = await import("./sql-store.js");
    const { SqliteDb } = await import("./sqlite-db.js");
    const db = (again as InstanceType<typeof SqlStore>).db as InstanceType<typeof SqliteDb>;
    expect(db.raw.pragma("journal_mode", { simple: true })).toBe("wal");
    const versions = await db.all<{ version: number }>("SELECT version FROM schema_migrations");
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
    await again.close();
  });

  it("bulk-loads a copy into an empty store and rebuilds its indexes, triggers, full text and summaries", async () => {
    const from = await openStore(":memory:");
    const to = await openStore(join(dir, "copy", "events.db"));
    const schema = (store: unknown) =>
      ((store as InstanceType<typeof SqlStore>).db as InstanceType<typeof SqliteDb>).raw
        .prepare("SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
        .all();
    const { SqlStore } = await import("./sql-store.js");
    const { SqliteDb } = await import("./sqlite-db.js");
    const a = await from.ingestDocument(doc("Djibo attack with stolen arsenals", { title: "Djibo" }), [event({ location: PLACES.djibo, notes: "Raid on Djibo." })], defaultMergePolicy);
    await from.ingestDocument(doc("Kaya clash"), [event({ location: PLACES.kaya, event_date: "2025-04-01" })], defaultMergePolicy);
    await from.review({ kind: "reject", eventId: a.eventIds[0], who: "ana" }, defaultMergePolicy);
    expect(await copyStore(from, to)).toBe(2 + 2 + 1);
    expect(schema(to)).toEqual(schema(from));
    expect((await to.listEvents({ q: "arsenals", includeRejected: true }, { limit: 10 })).events.map((e) => e.id)).toEqual(a.eventIds);
    expect((await to.listEvents({ q: "raid", includeRejected: true }, { limit: 10 })).events).toHaveLength(1);
    const world = { bbox: [-180, -90, 180, 90] as [number, number, number, number] };
    for (const filter of [{}, { includeRejected: true }, { from: "2025-01-01" }]) {
      expect(await to.stats(filter, "week")).toEqual(await to.stats({ ...world, ...filter }, "week"));
      expect(await to.stats(filter, "week")).toEqual(await from.stats(filter, "week"));
    }
    // Writes after the load go through the rebuilt indexes and triggers.
    const later = await to.ingestDocument(doc("Second Kaya report"), [event({ location: PLACES.kaya, event_date: "2025-04-01" })], defaultMergePolicy);
    expect(later.eventsMerged).toBe(1);
    expect(await to.countEvents({})).toBe(await to.countEvents(world));
    await from.close();
    await to.close();
  });

  it("names the location when it cannot open it", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "not a folder");
    await expect(openStore(join(file, "x.db"))).rejects.toThrow(/a-file\/x\.db: cannot open/);
  });
});
