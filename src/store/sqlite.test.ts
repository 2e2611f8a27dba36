import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultMergePolicy } from "../merge/index.js";
import { openStore } from "./index.js";
import { storeContract } from "./store.contract.js";
import { doc, event } from "./testing/fixtures.js";

storeContract("SQLite (in memory)", () => openStore(":memory:"));

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

  it("names the location when it cannot open it", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "not a folder");
    await expect(openStore(join(file, "x.db"))).rejects.toThrow(/a-file\/x\.db: cannot open/);
  });
});
