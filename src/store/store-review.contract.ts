import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MergePolicy, Store } from "../domain/index.js";
import { defaultMergePolicy } from "../merge/index.js";
import { PLACES, deaths, doc, event } from "./testing/fixtures.js";

/**
 * Review actions that reshape events (merge, split) and analysts' edits kept across
 * re-extraction: part of the Store contract, run against SQLite and PostgreSQL alike.
 */
export function storeReviewContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract, review and re-extraction: ${name}`, () => {
    let store: Store;
    const policy: MergePolicy = defaultMergePolicy;

    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it("merges two events and splits one, with audit entries for both ids", async () => {
      const a = await store.ingestDocument(doc("Report A on Sole"), [event()], policy);
      const b = await store.ingestDocument(doc("Report B on Kaya"), [event({ location: PLACES.kaya })], policy);
      const [merged] = await store.review({ kind: "merge", eventIds: [a.eventIds[0], b.eventIds[0]], who: "ana", why: "same attack" }, policy);
      expect(merged.id).toBe(a.eventIds[0]);
      expect(merged.sources.map((s) => s.document_id).sort()).toEqual([a.documentId, b.documentId].sort());
      expect(await store.getEvent(b.eventIds[0])).toBeNull();
      expect(await store.countEvents({})).toBe(1);
      expect((await store.auditLog(b.eventIds[0])).map((e) => e.action)).toEqual(["merge"]);

      const [kept, created] = await store.review({ kind: "split", eventId: merged.id, documentIds: [b.documentId], who: "ben", why: "two places" }, policy);
      expect(kept.id).toBe(merged.id);
      expect(kept.sources.map((s) => s.document_id)).toEqual([a.documentId]);
      expect(created.sources.map((s) => s.document_id)).toEqual([b.documentId]);
      expect(created.location?.name).toBe("Kaya");
      expect(await store.countEvents({})).toBe(2);
      expect((await store.auditLog(created.id)).map((e) => e.action)).toEqual(["split"]);
      expect((await store.auditLog(merged.id)).map((e) => e.action)).toEqual(["merge", "split"]);
      await expect(store.review({ kind: "split", eventId: kept.id, documentIds: [a.documentId], who: "ben" }, policy)).rejects.toThrow(/at least one source/);
    });

    it("keeps analysts' edits and event ids through re-extraction", async () => {
      const out = await store.ingestDocument(doc("Sole attack, first extraction"), [event({ fatalities: deaths(5) }), event({ location: PLACES.djibo })], policy);
      const [soleId, djiboId] = out.eventIds;
      await store.review({ kind: "correct", eventId: soleId, field: "notes", value: "Analyst's note.", who: "ana" }, policy);
      await store.review({ kind: "confirm", eventId: soleId, who: "ana" }, policy);

      const again = await store.reextractDocument(out.documentId, [event({ fatalities: deaths(7) })], policy);
      expect(again.eventIds).toEqual([soleId]);
      const sole = (await store.getEvent(soleId))!;
      expect(sole.notes).toBe("Analyst's note.");
      expect(sole.review_status).toBe("confirmed");
      expect(sole.fatalities.low).toBe(7);
      expect(sole.sources).toHaveLength(1);
      expect(await store.getEvent(djiboId)).toBeNull();

      await store.reextractDocument(out.documentId, [], policy);
      const orphan = (await store.getEvent(soleId))!;
      expect(orphan.sources).toEqual([]);
      expect(orphan.notes).toBe("Analyst's note.");
      expect(orphan.review_status).toBe("confirmed");
      await expect(store.reextractDocument("doc_nope", [], policy)).rejects.toThrow(/no stored document/);
    });
  });
}
