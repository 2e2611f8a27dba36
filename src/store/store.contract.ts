import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConflictEvent, EventFilter, EventSort, MergePolicy, Store } from "../domain/index.js";
import { defaultMergePolicy } from "../merge/index.js";
import { ACTORS, PLACES, deaths, doc, event, longText, place } from "./testing/fixtures.js";

/**
 * The behaviour every Store must have, run against SQLite and PostgreSQL alike.
 * `open` gives a fresh, empty, migrated store for each test.
 *
 * (The merge policy is the real one from src/merge: the store's job is to apply it
 * inside its transaction, and these tests pin down the outcome analysts see.)
 */
export function storeContract(name: string, open: () => Promise<Store>, extra?: (ctx: { store: () => Store }) => void): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    const policy: MergePolicy = defaultMergePolicy;

    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    async function all(filter: EventFilter = {}, sort: EventSort = "date_asc"): Promise<ConflictEvent[]> {
      const out: ConflictEvent[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.listEvents(filter, { limit: 2, cursor, sort });
        out.push(...page.events);
        cursor = page.next_cursor;
      } while (cursor);
      return out;
    }

    /** Six events in four documents, used by the filter, paging and stats tests. */
    async function seedVaried(): Promise<Record<string, string>> {
      const a = await store.ingestDocument(doc("Sole attack report", { title: "Army post overrun in Loroum", publishedAt: "2025-05-12" }), [
        event({ event_date: "2025-05-11", fatalities: deaths(60), verification: "claimed", claimed_by: "JNIM", notes: "JNIM overran an army post at Sole." }),
        event({
          event_date: "2025-05-07", location: PLACES.diapaga, actor1: ACTORS.unidentified, actor2: null,
          event_type: "Strategic developments", sub_event_type: "Other", notes: "Insurgents paraded through Diapaga.",
        }),
      ], policy);
      const b = await store.ingestDocument(doc("Djibo base attack with looting of arsenals", { title: "Djibo attacked", publishedAt: "2025-05-12" }), [
        event({
          event_date: "2025-05-11", location: PLACES.djibo, fatalities: deaths(12, 30), verification: "reported",
          civilian_targeting: true, notes: "JNIM attacked the Djibo base and market.",
          weapons: [{ name: "AK-47", category: "rifle", origin_country: null, captured_by: "JNIM", captured_from: "Military Forces of Burkina Faso" }],
        }),
      ], policy);
      const c = await store.ingestDocument(doc("Kaya clash between militant groups", { publishedAt: "2024-03-30" }), [
        event({
          event_date: "2024-03-28", date_precision: "week", location: PLACES.kaya, actor1: ACTORS.isSahel, actor2: ACTORS.jnim,
          notes: "Islamic State Sahel fighters attacked JNIM near Kaya and seized weapons.",
          weapons: [{ name: "RPG-7", category: "launcher", origin_country: "Bulgaria", captured_by: "Islamic State Sahel", captured_from: "JNIM" }],
        }),
      ], policy);
      const d = await store.ingestDocument(doc("Two reports from the Sahel", { publishedAt: "2025-01-03" }), [
        event({
          event_date: "2025-01-02", event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike",
          location: PLACES.menaka, actor1: actor("Military Forces of Mali", "Military Forces of Mali (2021-)", 1), actor2: ACTORS.isSahel,
          fatalities: deaths(5), verification: "confirmed", notes: "A Malian drone strike hit fighters near Menaka.",
        }),
        event({ event_date: null, date_precision: "unknown", location: PLACES.gnagna, actor2: ACTORS.vdp, fatalities: deaths(10), notes: "JNIM attacked VDP in Gnagna." }),
      ], policy);
      return {
        sole: a.eventIds[0], diapaga: a.eventIds[1], djibo: b.eventIds[0], kaya: c.eventIds[0], menaka: d.eventIds[0], gnagna: d.eventIds[1],
      };
    }

    function actor(name: string, acled: string, inter: 1 | 2): typeof ACTORS.jnim {
      return { name, acled_name: acled, inter };
    }

    it("ingests a document with its events, keeping raw bytes, text and each source's values", async () => {
      const input = doc("JNIM fighters overran an army post in Sole, Loroum province.", { title: "Sole", publishedAt: "2025-05-13" });
      const outcome = await store.ingestDocument(input, [event({ fatalities: deaths(60) }), event({ location: PLACES.djibo })], policy);
      expect(outcome).toMatchObject({ status: "new", eventsNew: 2, eventsMerged: 0, nearDuplicateOf: null });
      expect(outcome.eventIds).toHaveLength(2);
      expect(new Set(outcome.eventIds).size).toBe(2);
      const stored = await store.getDocument(outcome.documentId);
      expect(stored).toMatchObject({ text: input.clean.text, title: "Sole", published_at: "2025-05-13", content_hash: input.clean.contentHash });
      expect(Buffer.from((await store.getRawDocument(outcome.documentId))!)).toEqual(Buffer.from(input.raw.bytes));
      expect(await store.listDocumentIds()).toEqual([outcome.documentId]);
      expect((await store.findDocumentByHash(input.clean.contentHash))?.id).toBe(outcome.documentId);
      const ev = (await store.getEvent(outcome.eventIds[0]))!;
      expect(ev.fatalities.low).toBe(60);
      expect(ev.review_status).toBe("auto");
      expect(ev.sources).toHaveLength(1);
      expect(ev.sources[0]).toMatchObject({ document_id: outcome.documentId, title: "Sole", source_name: "Example News" });
      expect(ev.sources[0].values.fatalities.low).toBe(60);
      expect(ev.sources[0].evidence[0].rule).toBe("test/fixture");
      expect(await store.getEvent("ev_missing")).toBeNull();
    });

    it("skips a document whose content hash is known, writing nothing", async () => {
      const input = doc("Same report twice.");
      const first = await store.ingestDocument(input, [event()], policy);
      const again = await store.ingestDocument(input, [event(), event({ location: PLACES.kaya })], policy);
      expect(again).toMatchObject({ status: "duplicate", documentId: first.documentId, eventsNew: 0, eventsMerged: 0, eventIds: [] });
      expect(await store.countEvents({})).toBe(1);
      expect((await store.getEvent(first.eventIds[0]))!.sources).toHaveLength(1);
    });

    it("links a near-identical copy to the document stored first, and not an unrelated one", async () => {
      const original = await store.ingestDocument(doc(longText("Sole")), [], policy);
      const copy = await store.ingestDocument(doc(longText("Sole", "Share this article.")), [], policy);
      const other = await store.ingestDocument(doc("A completely different story about a market protest over bread prices in the capital city."), [], policy);
      expect(copy.status).toBe("new");
      expect(copy.nearDuplicateOf).toBe(original.documentId);
      expect((await store.getDocument(copy.documentId))!.near_duplicate_of).toBe(original.documentId);
      expect(other.nearDuplicateOf).toBeNull();
    });

    it("merges two reports of one event into one event with two sources, each keeping its values", async () => {
      const claim = await store.ingestDocument(doc("JNIM claims 60 soldiers killed at Sole", { publishedAt: "2025-05-12" }), [
        event({ fatalities: deaths(60), verification: "claimed", claimed_by: "JNIM", claim_relayed_by: "SITE Intelligence Group" }),
      ], policy);
      const report = await store.ingestDocument(doc("Army post near Sole attacked, 10 soldiers dead", { publishedAt: "2025-05-13" }), [
        event({ location: PLACES.soleOutskirts, actor1: ACTORS.unidentified, fatalities: deaths(10), verification: "reported" }),
      ], policy);
      expect(report).toMatchObject({ eventsNew: 0, eventsMerged: 1, eventIds: claim.eventIds });
      const merged = (await store.getEvent(claim.eventIds[0]))!;
      expect(merged.sources.map((s) => s.document_id).sort()).toEqual([claim.documentId, report.documentId].sort());
      const byDoc = new Map(merged.sources.map((s) => [s.document_id, s.values]));
      expect(byDoc.get(claim.documentId)!.fatalities.low).toBe(60);
      expect(byDoc.get(report.documentId)!.fatalities.low).toBe(10);
      expect(merged.fatalities.low).toBe(10);
      expect(merged.verification).toBe("disputed");
      expect(merged.actor1?.name).toBe("JNIM");
      expect(merged.location?.name).toBe("Sole");
      expect(merged.claimed_by).toBe("JNIM");
      expect(await store.countEvents({})).toBe(1);

      const later = await store.ingestDocument(doc("Another Sole attack three weeks later"), [event({ event_date: "2025-06-02" })], policy);
      expect(later.eventsNew).toBe(1);
      const elsewhere = await store.ingestDocument(doc("Same day, Djibo"), [event({ location: PLACES.djibo })], policy);
      expect(elsewhere.eventsNew).toBe(1);
      const otherActor = await store.ingestDocument(doc("Same day at Sole, but IS Sahel"), [event({ actor1: ACTORS.isSahel })], policy);
      expect(otherActor.eventsNew).toBe(1);
      expect(await store.countEvents({})).toBe(4);
    });

    it("offers the policy events whose month-long or unknown dates may cover the day", async () => {
      const month = await store.ingestDocument(doc("Sole attacks in May"), [event({ event_date: "2025-05-31", date_precision: "month" })], policy);
      const day = await store.ingestDocument(doc("Sole attack on the 11th"), [event({ event_date: "2025-05-11" })], policy);
      expect(day.eventIds).toEqual(month.eventIds);
      const undated = await store.ingestDocument(doc("Djibo attack, date unknown"), [event({ event_date: null, date_precision: "unknown", location: PLACES.djibo })], policy);
      const dated = await store.ingestDocument(doc("Djibo attack on 3 March"), [event({ event_date: "2024-03-03", location: PLACES.djibo })], policy);
      expect(dated.eventIds).toEqual(undated.eventIds);
      const merged = (await store.getEvent(dated.eventIds[0]))!;
      expect([merged.event_date, merged.date_precision]).toEqual(["2024-03-03", "day"]);
    });

    it("never merges two events read from the same document", async () => {
      const out = await store.ingestDocument(doc("Two clashes at Sole the same day"), [event(), event({ notes: "second clash" })], policy);
      expect(out.eventsNew).toBe(2);
      expect(new Set(out.eventIds).size).toBe(2);
    });

    it("filters on every field", async () => {
      const ids = await seedVaried();
      const idsOf = async (filter: EventFilter) => (await all(filter)).map((e) => e.id).sort();
      const sorted = (...names: string[]) => names.map((n) => ids[n]).sort();
      expect(await idsOf({})).toEqual(sorted("sole", "diapaga", "djibo", "kaya", "menaka", "gnagna"));
      expect(await idsOf({ from: "2025-01-01" })).toEqual(sorted("sole", "diapaga", "djibo", "menaka"));
      expect(await idsOf({ from: "2025-05-08", to: "2025-05-11" })).toEqual(sorted("sole", "djibo"));
      expect(await idsOf({ to: "2024-12-31" })).toEqual(sorted("kaya"));
      expect(await idsOf({ country: "Mali" })).toEqual(sorted("menaka"));
      expect(await idsOf({ country: "mli" })).toEqual(sorted("menaka"));
      expect(await idsOf({ country: "BFA" })).toEqual(sorted("sole", "diapaga", "djibo", "kaya", "gnagna"));
      expect(await idsOf({ admin1: "est" })).toEqual(sorted("diapaga", "gnagna"));
      expect(await idsOf({ admin2: "Soum" })).toEqual(sorted("djibo"));
      expect(await idsOf({ types: ["Explosions/Remote violence"] })).toEqual(sorted("menaka"));
      expect(await idsOf({ types: ["Other", "Air/drone strike"] })).toEqual(sorted("diapaga", "menaka"));
      expect(await idsOf({ actor: "vdp" })).toEqual(sorted("gnagna"));
      expect(await idsOf({ actor: "group for support" })).toEqual(sorted("sole", "djibo", "kaya", "gnagna"));
      expect(await idsOf({ actor: "islamic state" })).toEqual(sorted("kaya", "menaka"));
      expect(await idsOf({ actor: "100%_" })).toEqual([]);
      expect(await idsOf({ minFatalities: 10 })).toEqual(sorted("sole", "djibo", "gnagna"));
      expect(await idsOf({ minFatalities: 13 })).toEqual(sorted("sole"));
      expect(await idsOf({ bbox: [-2.5, 13.5, -1.5, 14.5] })).toEqual(sorted("sole", "djibo"));
      expect(await idsOf({ bbox: [0, 11, 3, 16] })).toEqual(sorted("diapaga", "gnagna", "menaka"));
      expect(await idsOf({ verification: ["claimed", "confirmed"] })).toEqual(sorted("sole", "menaka"));
      expect(await idsOf({ q: "drone" })).toEqual(sorted("menaka"));
      expect(await idsOf({ q: "Loroum" })).toEqual(sorted("sole", "diapaga"));
      expect(await idsOf({ q: "arsenals" })).toEqual(sorted("djibo"));
      expect(await idsOf({ q: "paraded Diapaga" })).toEqual(sorted("diapaga"));
      expect(await idsOf({ q: "\"*) OR" })).toEqual([]);
      expect(await idsOf({ country: "BFA", types: ["Battles"], minFatalities: 1, from: "2025-01-01" })).toEqual(sorted("sole", "djibo"));
      await expect(store.listEvents({ from: "yesterday" }, { limit: 10 })).rejects.toThrow(/ISO date/);
    });

    it("pages with opaque cursors in every sort order, without gaps or repeats", async () => {
      await seedVaried();
      for (let i = 0; i < 5; i++) {
        await store.ingestDocument(doc(`Filler report ${i}`), [event({ event_date: "2025-05-11", location: place(`P${i}`, 10 + i, -5, "A", `B${i}`), fatalities: deaths(i) })], policy);
      }
      const total = await store.countEvents({});
      expect(total).toBe(11);
      for (const sort of ["date_desc", "date_asc", "fatalities_desc", "updated_desc"] as EventSort[]) {
        const seen = await all({}, sort);
        expect(seen).toHaveLength(total);
        expect(new Set(seen.map((e) => e.id)).size).toBe(total);
        if (sort === "date_desc") {
          const dates = seen.map((e) => e.event_date ?? "");
          expect(dates).toEqual([...dates].sort().reverse());
          expect(seen[seen.length - 1].event_date).toBeNull();
        }
        if (sort === "fatalities_desc") {
          const lows = seen.map((e) => e.fatalities.low ?? -1);
          expect(lows).toEqual([...lows].sort((a, b) => b - a));
        }
      }
      const firstPage = await store.listEvents({}, { limit: 3, sort: "date_desc" });
      await expect(store.listEvents({}, { limit: 3, sort: "date_asc", cursor: firstPage.next_cursor })).rejects.toThrow(/cursor/);
      await expect(store.listEvents({}, { limit: 0 })).rejects.toThrow(/limit/);
      const streamed: string[] = [];
      for await (const e of store.iterateEvents({ country: "BFA" })) streamed.push(e.event_date ?? "");
      expect(streamed).toHaveLength(10);
      expect(streamed).toEqual([...streamed].sort());
    });

    it("gives map points equal to the located events of a date_desc listing, under the same filters", async () => {
      const ids = await seedVaried();
      // One event without coordinates (the place is known only by name): no point for it.
      const unlocated = await store.ingestDocument(doc("A report with no coordinates", { publishedAt: "2025-05-12" }), [
        event({ event_date: "2025-05-10", location: { ...PLACES.kaya, name: "Somewhere in Sanmatenga", latitude: null, longitude: null, gazetteer_id: null } }),
      ], policy);
      expect(unlocated.eventIds).toHaveLength(1);
      await store.review({ kind: "reject", eventId: ids.diapaga, who: "analyst" }, policy);
      await store.review({ kind: "correct", eventId: ids.djibo, field: "fatalities", value: { low: 20, best: 25, high: 30, text: null }, who: "analyst" }, policy);
      const mapPoints = store.mapPoints?.bind(store);
      expect(mapPoints, "both built-in stores offer mapPoints").toBeDefined();
      const filters: EventFilter[] = [
        {}, { includeRejected: true }, { country: "BFA" }, { from: "2025-01-01", to: "2025-05-11" }, { types: ["Battles"] },
        { bbox: [-2.5, 13.5, -1.5, 14.5] }, { actor: "islamic state" }, { q: "drone" }, { minFatalities: 10, verification: ["claimed", "reported"] },
      ];
      for (const filter of filters) {
        const expected = (await all(filter, "date_desc"))
          .filter((e) => e.location !== null && e.location.latitude !== null && e.location.longitude !== null)
          .map((e) => ({
            id: e.id,
            latitude: e.location!.latitude,
            longitude: e.location!.longitude,
            event_type: e.event_type,
            fatalities: e.fatalities.best ?? e.fatalities.low ?? 0,
            event_date: e.event_date,
            verification: e.verification,
            place: e.location!.name,
            geo_precision: e.location!.geo_precision,
          }));
        expect(await mapPoints!(filter, 100), JSON.stringify(filter)).toEqual(expected);
        expect(await mapPoints!(filter, 2), JSON.stringify(filter)).toEqual(expected.slice(0, 2));
      }
      const everything = await mapPoints!({ includeRejected: true }, 100);
      expect(everything.map((p) => p.id)).not.toContain(unlocated.eventIds[0]);
      expect(everything.find((p) => p.id === ids.djibo)?.fatalities).toBe(25);
      expect(everything.find((p) => p.id === ids.gnagna)?.geo_precision).toBe(3);
      await expect(mapPoints!({}, 0)).rejects.toThrow(/limit/);
      await expect(mapPoints!({ from: "yesterday" }, 10)).rejects.toThrow(/ISO date/);
    });

    it("counts and groups: week, month, type, actor, actor pair, admin1, country", async () => {
      await seedVaried();
      expect(await store.countEvents({ country: "BFA" })).toBe(5);
      const weeks = await store.stats({}, "week");
      expect(weeks).toEqual([
        { key: "2024-03-25", events: 1, fatalities: 0 },
        { key: "2024-12-30", events: 1, fatalities: 5 },
        { key: "2025-05-05", events: 3, fatalities: 72 },
      ]);
      expect(await store.stats({}, "month")).toEqual([
        { key: "2024-03", events: 1, fatalities: 0 },
        { key: "2025-01", events: 1, fatalities: 5 },
        { key: "2025-05", events: 3, fatalities: 72 },
      ]);
      const types = await store.stats({}, "event_type");
      expect(types[0]).toEqual({ key: "Battles", events: 4, fatalities: 82 });
      expect(await store.stats({ country: "MLI" }, "sub_event_type")).toEqual([{ key: "Air/drone strike", events: 1, fatalities: 5 }]);
      const actors = await store.stats({}, "actor");
      expect(actors.find((r) => r.key === "JNIM")).toEqual({ key: "JNIM", events: 4, fatalities: 82 });
      expect(actors.find((r) => r.key === "Islamic State Sahel")).toEqual({ key: "Islamic State Sahel", events: 2, fatalities: 5 });
      const pairs = await store.stats({}, "actor_pair");
      expect(pairs.find((r) => r.key === "JNIM" && r.key2 === "Military Forces of Burkina Faso")).toEqual({
        key: "JNIM", key2: "Military Forces of Burkina Faso", events: 2, fatalities: 72,
      });
      expect((await store.stats({}, "admin1")).find((r) => r.key === "Est")).toEqual({ key: "Est", events: 2, fatalities: 10 });
      expect(await store.stats({}, "country")).toEqual([
        { key: "Burkina Faso", events: 5, fatalities: 82 },
        { key: "Mali", events: 1, fatalities: 5 },
      ]);
      expect((await store.stats({}, "admin2")).map((r) => r.key).sort()).toEqual(["Gnagna", "Loroum", "Menaka", "Sanmatenga", "Soum", "Tapoa"]);
    });

    it("lists captured weapons with who took them from whom", async () => {
      const ids = await seedVaried();
      const rows = await store.weaponsCaptured({});
      expect(rows).toHaveLength(2);
      expect(rows.find((r) => r.name === "RPG-7")).toEqual({
        event_id: ids.kaya, event_date: "2024-03-28", name: "RPG-7", category: "launcher", origin_country: "Bulgaria",
        captured_by: "Islamic State Sahel", captured_from: "JNIM", location: "Kaya", admin1: "Centre-Nord",
      });
      expect(await store.weaponsCaptured({ admin1: "Sahel" })).toHaveLength(1);
    });

    it("applies confirm, reject and correct, each recorded in the audit log", async () => {
      const ids = await seedVaried();
      const [confirmed] = await store.review({ kind: "confirm", eventId: ids.sole, who: "ana", why: "checked with a local source" }, policy);
      expect(confirmed.review_status).toBe("confirmed");
      await store.review({ kind: "reject", eventId: ids.diapaga, who: "ana", why: "a parade, not an event" }, policy);
      expect((await all()).map((e) => e.id)).not.toContain(ids.diapaga);
      expect((await all({ includeRejected: true })).map((e) => e.id)).toContain(ids.diapaga);
      expect(await store.countEvents({})).toBe(5);
      const [corrected] = await store.review(
        { kind: "correct", eventId: ids.djibo, field: "sub_event_type", value: "Attack", who: "ben", why: "civilians targeted" },
        policy,
      );
      expect(corrected.sub_event_type).toBe("Attack");
      expect(corrected.event_type).toBe("Violence against civilians");
      expect(corrected.sources[0].values.sub_event_type).toBe("Armed clash");
      expect((await all({ types: ["Violence against civilians"] })).map((e) => e.id)).toEqual([ids.djibo]);
      await store.review({ kind: "correct", eventId: ids.djibo, field: "fatalities", value: deaths(20, 25), who: "ben" }, policy);
      expect((await store.getEvent(ids.djibo))!.fatalities.low).toBe(20);
      await expect(store.review({ kind: "correct", eventId: ids.djibo, field: "event_type", value: "Picnic", who: "ben" } as never, policy)).rejects.toThrow(/event type/);
      await expect(store.review({ kind: "correct", eventId: ids.djibo, field: "event_type", value: "Riots", who: "ben" }, policy)).rejects.toThrow(/correct sub_event_type instead/);
      await expect(store.review({ kind: "confirm", eventId: "ev_nope", who: "ana" }, policy)).rejects.toThrow(/no stored event/);
      const log = await store.auditLog();
      expect(log.map((e) => [e.action, e.event_id, e.who])).toEqual([
        ["confirm", ids.sole, "ana"],
        ["reject", ids.diapaga, "ana"],
        ["correct", ids.djibo, "ben"],
        ["correct", ids.djibo, "ben"],
      ]);
      expect(log[0]).toMatchObject({ before: { review_status: "auto" }, after: { review_status: "confirmed" }, why: "checked with a local source" });
      expect(log[2]).toMatchObject({ before: { sub_event_type: "Armed clash" }, after: { sub_event_type: "Attack" } });
      expect(Date.parse(log[0].at)).not.toBeNaN();
      expect((await store.auditLog(ids.djibo)).map((e) => e.action)).toEqual(["correct", "correct"]);
      await store.review({ kind: "merge", eventIds: [ids.sole, ids.kaya], who: "ana" }, policy);
      await store.review({ kind: "correct", eventId: ids.menaka, field: "event_date", value: "2025-02-20", who: "ana" }, policy);
      // Summaries kept incrementally (SQLite's rollup) agree with a scan of the events (a whole-world box forces the scan).
      const world: EventFilter = { bbox: [-180, -90, 180, 90] };
      for (const group of ["week", "month", "event_type", "country"] as const) {
        for (const extra of [{}, { includeRejected: true }, { from: "2025-01-01", types: ["Battles"] }, { country: "BFA", to: "2025-05-10" }]) {
          expect(await store.stats(extra, group)).toEqual(await store.stats({ ...world, ...extra }, group));
          expect(await store.countEvents(extra)).toBe(await store.countEvents({ ...world, ...extra }));
        }
      }
    });

    it("rolls back an ingest that fails midway: nothing is stored", async () => {
      let combines = 0;
      const failing: MergePolicy = {
        ...policy,
        combine: (sources) => {
          if (++combines === 2) throw new Error("combine failed on the second event");
          return policy.combine(sources);
        },
      };
      const input = doc("Two events, the second fails");
      await expect(store.ingestDocument(input, [event(), event({ location: PLACES.djibo })], failing)).rejects.toThrow(/second event/);
      expect(await store.findDocumentByHash(input.clean.contentHash)).toBeNull();
      expect(await store.listDocumentIds()).toEqual([]);
      expect(await store.countEvents({ includeRejected: true })).toBe(0);
      const retry = await store.ingestDocument(input, [event(), event({ location: PLACES.djibo })], policy);
      expect(retry.status).toBe("new");
      expect(await store.countEvents({})).toBe(2);
    });

    it("migrates idempotently", async () => {
      await store.migrate();
      await store.migrate();
      expect(await store.countEvents({})).toBe(0);
    });

    extra?.({ store: () => store });
  });
}
