/**
 * Synthetic events for the serve benchmark: deterministic, spread over eleven years and the
 * Sahel, in documents of 1,000 events each, so a million events go in through the store's
 * ordinary ingest path (one transaction per document).
 */
import { createHash } from "node:crypto";
import type { ActorRef, DocumentInput, EventType, ExtractedEvent, SubEventType } from "../src/domain/index.js";

/** Mulberry32: a small seeded generator, so every run builds the same database. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS: ActorRef[] = [
  { name: "JNIM", acled_name: "JNIM: Group for Support of Islam and Muslims", inter: 2 },
  { name: "Islamic State Sahel", acled_name: "Islamic State (Sahel)", inter: 2 },
  { name: "Military Forces of Burkina Faso", acled_name: "Military Forces of Burkina Faso (2022-)", inter: 1 },
  { name: "Military Forces of Mali", acled_name: "Military Forces of Mali (2021-)", inter: 1 },
  { name: "Military Forces of Niger", acled_name: "Military Forces of Niger (2023-)", inter: 1 },
  { name: "VDP", acled_name: "VDP: Volunteers for the Defense of the Homeland", inter: 3 },
  { name: "Wagner Group", acled_name: "Wagner Group", inter: 8 },
  { name: "Civilians", acled_name: "Civilians (Burkina Faso)", inter: 7 },
  { name: "Unidentified Armed Group", acled_name: "Unidentified Armed Group (Burkina Faso)", inter: 2 },
];

const KINDS: Array<[EventType, SubEventType]> = [
  ["Battles", "Armed clash"],
  ["Battles", "Armed clash"],
  ["Violence against civilians", "Attack"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED"],
  ["Explosions/Remote violence", "Air/drone strike"],
  ["Strategic developments", "Looting/property destruction"],
  ["Protests", "Peaceful protest"],
  ["Riots", "Mob violence"],
];

const COUNTRIES = [
  { country: "Burkina Faso", iso3: "BFA", box: [-5.5, 9.5, 2.3, 15.0], admin1: ["Nord", "Sahel", "Est", "Centre-Nord", "Boucle du Mouhoun", "Hauts-Bassins", "Centre-Est", "Cascades"] },
  { country: "Mali", iso3: "MLI", box: [-12, 10.2, 4.2, 24.5], admin1: ["Mopti", "Gao", "Timbuktu", "Segou", "Menaka", "Kidal", "Sikasso", "Koulikoro"] },
  { country: "Niger", iso3: "NER", box: [0.2, 11.7, 15.9, 23.5], admin1: ["Tillaberi", "Tahoua", "Diffa", "Maradi", "Dosso", "Agadez", "Zinder", "Niamey"] },
];

const DAY = 86_400_000;
const START = Date.parse("2015-01-01T00:00:00Z");
const DAYS = 4_018; // to 2025-12-31

export function benchDocument(index: number, eventsPerDoc: number): { doc: DocumentInput; events: ExtractedEvent[] } {
  const random = seededRandom(index + 1);
  const text = `Synthetic benchmark bulletin number ${index}: ${eventsPerDoc} coded incidents across the Sahel.`;
  const contentHash = createHash("sha256").update(text).digest("hex");
  const events: ExtractedEvent[] = [];
  for (let i = 0; i < eventsPerDoc; i++) {
    const c = COUNTRIES[Math.floor(random() * COUNTRIES.length)];
    const [type, sub] = KINDS[Math.floor(random() * KINDS.length)];
    const a1 = ACTORS[Math.floor(random() * ACTORS.length)];
    const a2 = ACTORS[Math.floor(random() * ACTORS.length)];
    const date = new Date(START + Math.floor(random() * DAYS) * DAY).toISOString().slice(0, 10);
    const lon = c.box[0] + random() * (c.box[2] - c.box[0]);
    const lat = c.box[1] + random() * (c.box[3] - c.box[1]);
    const admin1 = c.admin1[Math.floor(random() * c.admin1.length)];
    const killed = random() < 0.5 ? 0 : Math.floor(random() ** 3 * 80);
    events.push({
      event_type: type,
      sub_event_type: sub,
      event_date: date,
      date_precision: "day",
      actor1: a1,
      actor2: a2 === a1 ? null : a2,
      assoc_actors: [],
      civilian_targeting: type === "Violence against civilians",
      location: { name: `Place ${index}-${i}`, country: c.country, iso3: c.iso3, admin1, admin2: `${admin1} ${Math.floor(random() * 6)}`, admin3: null, latitude: Math.round(lat * 1e4) / 1e4, longitude: Math.round(lon * 1e4) / 1e4, geo_precision: 1, gazetteer_id: null },
      fatalities: { low: killed, best: killed, high: killed, text: null },
      verification: "reported",
      claimed_by: null,
      claim_relayed_by: null,
      weapons: [],
      notes: `${a1.name} ${sub.toLowerCase()} near place ${i} of bulletin ${index}.`,
      place: null,
      start: 0,
      end: text.length,
      evidence: [{ field: "event_type", text: text.slice(0, 9), start: 0, end: 9, rule: "bench/synthetic", stated: true }],
    });
  }
  const url = `https://bench.invalid/${index}`;
  return {
    doc: {
      clean: { origin: url, url, title: `Bulletin ${index}`, publishedAt: "2025-12-31", publishedAtOrigin: "user", sourceName: "Bench", language: "en", text, contentHash, encoding: "utf-8", furnitureRemoved: 0 },
      raw: { origin: url, url, bytes: new TextEncoder().encode(text), contentType: "text/plain", hints: {} },
    },
    events,
  };
}

/**
 * Fills a SQLite store with `total` synthetic events. The store's public ingest path takes
 * about 2 ms an event (merge candidates, recompute), so a million would take over half an
 * hour: documents go in through `ingestDocument` (with no events), and the events and their
 * sources are then written with the store's own row mapping (`eventRow`) in one transaction
 * per document, exactly as the store would lay them out.
 */
export async function fillBenchStore(path: string, total: number, eventsPerDoc = 1_000, progress?: (done: number) => void): Promise<void> {
  const { SqliteDb } = await import("../src/store/sqlite-db.js");
  const { SqlStore } = await import("../src/store/sql-store.js");
  const { SQLITE_MIGRATIONS } = await import("../src/store/migrations/sqlite.js");
  const { EVENT_COLUMNS, eventRow } = await import("../src/store/event-row.js");
  const { defaultMergePolicy } = await import("../src/merge/index.js");
  const db = new SqliteDb(path);
  const store = new SqlStore(db, SQLITE_MIGRATIONS);
  await store.migrate();
  const now = new Date().toISOString();
  for (let d = 0, done = 0; done < total; d++) {
    const n = Math.min(eventsPerDoc, total - done);
    const { doc, events } = benchDocument(d, n);
    const outcome = await store.ingestDocument(doc, [], defaultMergePolicy);
    await db.exclusive((raw) => {
      const insertEvent = raw.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(", ")}) VALUES (${EVENT_COLUMNS.map(() => "?").join(", ")})`);
      const insertSource = raw.prepare(`INSERT INTO event_sources (event_id, document_id, idx, values_json, evidence_json) VALUES (?, ?, ?, ?, ?)`);
      const insertFts = raw.prepare(`INSERT INTO events_fts (rowid, notes) VALUES (?, ?)`);
      raw.transaction(() => {
        events.forEach((e, idx) => {
          const { place: _place, start: _start, end: _end, evidence, ...values } = e;
          const id = `ev_bench_${d}_${idx}`;
          const row = eventRow(id, values, { review_status: "auto", orphaned: false, created_at: now, updated_at: now });
          const seq = insertEvent.run(...EVENT_COLUMNS.map((c) => row[c])).lastInsertRowid;
          insertSource.run(id, outcome.documentId, idx, JSON.stringify(values), JSON.stringify(evidence));
          insertFts.run(seq, row.notes);
        });
      })();
    });
    done += n;
    progress?.(done);
  }
  await db.exclusive((raw) => raw.exec("ANALYZE"));
  await store.close();
}
