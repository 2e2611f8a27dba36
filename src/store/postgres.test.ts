import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import type { Store } from "../domain/index.js";
import { defaultMergePolicy as policy } from "../merge/index.js";
import { copyStore, openStore } from "./index.js";
import { storeReviewContract } from "./store-review.contract.js";
import { storeContract } from "./store.contract.js";
import { PLACES, deaths, doc, event } from "./testing/fixtures.js";

const PG = process.env.CONFLICTWATCH_TEST_PG;
const SKIP_REASON =
  "skipped: CONFLICTWATCH_TEST_PG is not set. Start a private server with " +
  '`eval "$(bash tools/pg-test-cluster.sh start)"` and run the tests again.';

if (!PG) console.warn(`\n*** PostgreSQL store tests ${SKIP_REASON} ***\n`);

/** Every test gets its own schema, dropped at the end, so parallel test files never collide. */
const schemas: string[] = [];
let counter = 0;
function schemaUrl(): string {
  const schema = `cw_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  schemas.push(schema);
  const url = new URL(PG!);
  url.searchParams.set("schema", schema);
  return url.toString();
}

if (PG) {
  storeContract("PostgreSQL", () => openStore(schemaUrl()));
  storeReviewContract("PostgreSQL", () => openStore(schemaUrl()));

  afterAll(async () => {
    const sql = postgres(PG, { max: 1, onnotice: () => undefined });
    for (const schema of schemas) await sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await sql.end();
  });
}

describe.skipIf(!PG)(`PostgreSQL store extras ${PG ? "" : SKIP_REASON}`, () => {
  it("stores a document once when two connections ingest it at the same time", async () => {
    const url = schemaUrl();
    const a = await openStore(url);
    const b = await openStore(url);
    try {
      const input = doc("One report, two workers");
      const outcomes = await Promise.all([
        a.ingestDocument(input, [event()], policy),
        b.ingestDocument(input, [event()], policy),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(["duplicate", "new"]);
      expect(await a.countEvents({})).toBe(1);
      // Two different reports of one event, concurrently: one event, two sources.
      const [x, y] = await Promise.all([
        a.ingestDocument(doc("Djibo report one"), [event({ location: PLACES.djibo })], policy),
        b.ingestDocument(doc("Djibo report two"), [event({ location: PLACES.djibo })], policy),
      ]);
      expect(x.eventIds).toEqual(y.eventIds);
      expect((await a.getEvent(x.eventIds[0]))!.sources).toHaveLength(2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("copies a SQLite store to PostgreSQL losing nothing", async () => {
    const from = await openStore(":memory:");
    const to: Store = await openStore(schemaUrl());
    try {
      const raw = new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x70, 0x3e, 0x00, 0xff, 0xe9]);
      const one = await from.ingestDocument(doc("Sole claim", { title: "Claim", bytes: raw }), [event({ fatalities: deaths(60), verification: "claimed", claimed_by: "JNIM" })], policy);
      const two = await from.ingestDocument(doc("Sole report"), [event({ fatalities: deaths(10) }), event({ location: PLACES.kaya })], policy);
      await from.review({ kind: "correct", eventId: one.eventIds[0], field: "notes", value: "Checked.", who: "ana", why: "call" }, policy);
      await from.review({ kind: "reject", eventId: two.eventIds[1], who: "ben" }, policy);
      let progress = 0;
      const written = await copyStore(from, to, (n) => (progress = n));
      expect(written).toBe(progress);
      expect(written).toBe(2 + 2 + 1 + 2);

      expect(await to.listDocumentIds()).toEqual(await from.listDocumentIds());
      expect(Buffer.from((await to.getRawDocument(one.documentId))!)).toEqual(Buffer.from(raw));
      expect(await to.getDocument(two.documentId)).toEqual(await from.getDocument(two.documentId));
      const all = { includeRejected: true };
      const left = (await from.listEvents(all, { limit: 100 })).events;
      const right = (await to.listEvents(all, { limit: 100 })).events;
      expect(right).toEqual(left);
      expect(await to.auditLog()).toEqual(await from.auditLog());
      expect(await to.stats({}, "week")).toEqual(await from.stats({}, "week"));
      // The override came along: re-extraction on the copy keeps the analyst's note.
      await to.reextractDocument(one.documentId, [event({ fatalities: deaths(61) })], policy);
      const after = (await to.getEvent(one.eventIds[0]))!;
      expect(after.notes).toBe("Checked.");
      expect(after.sources.find((s) => s.document_id === one.documentId)!.values.fatalities.low).toBe(61);
      // New audit entries continue the copied numbering.
      await to.review({ kind: "confirm", eventId: one.eventIds[0], who: "ana" }, policy);
      expect((await to.auditLog()).map((e) => e.id)).toEqual([1, 2, 3]);
    } finally {
      await from.close();
      await to.close();
    }
  });
});
