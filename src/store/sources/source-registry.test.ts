import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "../../domain/errors.js";
import type { SourceRegistry } from "../../domain/sources.js";
import { copySources, openSourceRegistry } from "./open-registry.js";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-database.js";

const PG = process.env.CONFLICTWATCH_TEST_PG;
if (!PG) console.warn("source registry: CONFLICTWATCH_TEST_PG is not set; the PostgreSQL half of the contract is SKIPPED");

const T0 = new Date("2026-03-01T12:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

const faso = { name: "Le Faso", url: "https://example.bf/feed.xml", kind: "feed" as const, interval_seconds: 900, language: "fr", country: "bfa" };

function contract(label: string, open: () => Promise<SourceRegistry>) {
  describe(`source registry contract: ${label}`, () => {
    let registry: SourceRegistry;
    beforeEach(async () => {
      registry = await open();
      return () => registry.close();
    });

    it("adds, lists, finds by id or name, and removes sources", async () => {
      const added = await registry.add({ ...faso, reliability: "Regional daily; relays army communiqués verbatim" });
      expect(added).toMatchObject({ name: "Le Faso", kind: "feed", interval_seconds: 900, language: "fr", country: "BFA", enabled: true });
      await registry.add({ name: "Menastream", url: "https://example.org/menastream", kind: "page", interval_seconds: 3600 });
      expect((await registry.list()).map((s) => s.name)).toEqual(["Le Faso", "Menastream"]);
      expect((await registry.get("le faso"))?.id).toBe(added.id);
      expect((await registry.get(added.id))?.reliability).toBe("Regional daily; relays army communiqués verbatim");
      expect(await registry.remove("LE FASO")).toBe(true);
      expect(await registry.remove("Le Faso")).toBe(false);
      expect((await registry.list()).map((s) => s.name)).toEqual(["Menastream"]);
    });

    it("refuses a taken name and bad values with an error naming them", async () => {
      await registry.add(faso);
      await expect(registry.add({ ...faso, name: " le faso " })).rejects.toThrow(/already exists/);
      await expect(registry.add({ ...faso, name: "x", url: "ftp://example.bf/x" })).rejects.toThrow(InputError);
      await expect(registry.add({ ...faso, name: "x", language: "french" })).rejects.toThrow(/language "french"/);
      await expect(registry.add({ ...faso, name: "x", country: "BF" })).rejects.toThrow(/country "BF"/);
      await expect(registry.add({ ...faso, name: "x", interval_seconds: 0 })).rejects.toThrow(/interval/);
    });

    it("makes a new source due at once, then one interval after a good poll", async () => {
      const s = await registry.add({ ...faso, interval_seconds: 600 });
      const created = new Date((await registry.status(s.id))!.next_poll_at);
      expect((await registry.dueSources(new Date(created.getTime() + 1), 10)).map((x) => x.id)).toEqual([s.id]);
      const status = await registry.recordPoll(s.id, { outcome: "ok", etag: '"v1"', lastModified: "Sun, 01 Mar 2026 11:00:00 GMT" }, T0);
      expect(status).toMatchObject({ last_outcome: "ok", etag: '"v1"', consecutive_failures: 0, next_poll_at: at(600).toISOString() });
      expect(await registry.dueSources(at(599), 10)).toEqual([]);
      expect((await registry.dueSources(at(600), 10)).length).toBe(1);
      const unchanged = await registry.recordPoll(s.id, { outcome: "not-modified" }, at(600));
      expect(unchanged).toMatchObject({ last_outcome: "not-modified", etag: '"v1"', next_poll_at: at(1200).toISOString() });
    });

    it("backs a failing source off exponentially up to the cap, and resets on success", async () => {
      const s = await registry.add({ ...faso, interval_seconds: 600 });
      const nexts: number[] = [];
      let now = T0;
      for (let i = 0; i < 6; i++) {
        const st = await registry.recordPoll(s.id, { outcome: "error", error: "HTTP 503" }, now, { maxSeconds: 7200 });
        nexts.push((new Date(st.next_poll_at).getTime() - now.getTime()) / 1000);
        now = new Date(st.next_poll_at);
      }
      expect(nexts).toEqual([600, 1200, 2400, 4800, 7200, 7200]);
      const st = await registry.status(s.id);
      expect(st).toMatchObject({ consecutive_failures: 6, last_error: "HTTP 503", last_outcome: "error" });
      const ok = await registry.recordPoll(s.id, { outcome: "ok", etag: null, lastModified: null }, now);
      expect(ok.consecutive_failures).toBe(0);
      expect(ok.last_error).toBeNull();
    });

    it("disabled sources are never due", async () => {
      await registry.add({ ...faso, enabled: false });
      expect(await registry.dueSources(at(10 ** 6), 10)).toEqual([]);
    });

    it("remembers seen items once, even when two callers race", async () => {
      const s = await registry.add(faso);
      const urls = Array.from({ length: 20 }, (_, i) => `https://example.bf/a/${i}`);
      const [a, b] = await Promise.all([registry.markItemsSeen(s.id, urls.slice(0, 15), T0), registry.markItemsSeen(s.id, urls.slice(5), T0)]);
      expect([...a, ...b].sort()).toEqual([...urls].sort());
      expect(await registry.unseenItems(s.id, ["https://example.bf/new", urls[3], "https://example.bf/new"])).toEqual(["https://example.bf/new"]);
      expect(await registry.markItemsSeen(s.id, [urls[3], "https://example.bf/new", urls[3]], T0)).toEqual(["https://example.bf/new"]);
      await registry.forgetItem(s.id, urls[3]);
      expect(await registry.markItemsSeen(s.id, [urls[3]], T0)).toEqual([urls[3]]);
      expect((await registry.status(s.id))?.items_seen).toBe(21);
    });

    it("hands out host slots spaced by the minimum interval, per host", async () => {
      const slots = await Promise.all(Array.from({ length: 5 }, () => registry.reserveHostSlot("Example.BF", 1000, T0)));
      expect(slots.sort((x, y) => x - y)).toEqual([0, 1000, 2000, 3000, 4000].map((d) => T0.getTime() + d));
      expect(await registry.reserveHostSlot("other.example", 1000, T0)).toBe(T0.getTime());
      // Once the queue has drained, a caller goes at once.
      expect(await registry.reserveHostSlot("example.bf", 1000, at(60))).toBe(at(60).getTime());
    });

    it("migrates idempotently", async () => {
      await registry.migrate();
      await registry.migrate();
      expect(await registry.list()).toEqual([]);
    });
  });
}

contract("SQLite", () => openSourceRegistry(":memory:"));

describe.skipIf(!PG)(`source registry on PostgreSQL${PG ? "" : " (SKIPPED: set CONFLICTWATCH_TEST_PG)"}`, () => {
  const scratch: ScratchDatabase[] = [];
  afterAll(async () => {
    for (const db of scratch) await db.drop();
  });
  contract("PostgreSQL", async () => {
    const db = await createScratchDatabase(PG!, "cw_sources_test");
    scratch.push(db);
    return openSourceRegistry(db.url);
  });

  it("two processes migrating at once both succeed", async () => {
    const db = await createScratchDatabase(PG!, "cw_sources_test");
    scratch.push(db);
    const [a, b] = await Promise.all([openSourceRegistry(db.url), openSourceRegistry(db.url)]);
    await a.add(faso);
    expect((await b.list()).length).toBe(1);
    await Promise.all([a.close(), b.close()]);
  });

  it("copySources moves sources, polling state and seen items from SQLite to PostgreSQL, once", async () => {
    const db = await createScratchDatabase(PG!, "cw_sources_test");
    scratch.push(db);
    const from = await openSourceRegistry(":memory:");
    const to = await openSourceRegistry(db.url);
    const s = await from.add({ ...faso, reliability: "state-aligned" });
    await from.recordPoll(s.id, { outcome: "ok", etag: '"e"', lastModified: null }, T0);
    await from.markItemsSeen(s.id, ["https://example.bf/a/1", "https://example.bf/a/2"], T0);
    expect(await copySources(from, to)).toBe(1);
    expect(await copySources(from, to)).toBe(0);
    expect(await to.list()).toEqual(await from.list());
    expect(await to.statuses()).toEqual(await from.statuses());
    await Promise.all([from.close(), to.close()]);
  });
});

describe.skipIf(!PG)(`source registry in a team schema${PG ? "" : " (SKIPPED: set CONFLICTWATCH_TEST_PG)"}`, () => {
  it("keeps its tables in the schema a ?schema= location names", async () => {
    const db = await createScratchDatabase(PG!, "cw_sources_test");
    try {
      const teamA = await openSourceRegistry(`${db.url}?schema=team_a`);
      const teamB = await openSourceRegistry(`${db.url}?schema=team_b`);
      await teamA.add(faso);
      expect((await teamA.list()).length).toBe(1);
      expect(await teamB.list()).toEqual([]);
      await Promise.all([teamA.close(), teamB.close()]);
    } finally {
      await db.drop();
    }
  });
});
