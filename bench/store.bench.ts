/**
 * Store at scale: loads 1,000,000 synthetic events (with one source each, over 10,000
 * documents) into a temporary SQLite file through the store's bulk `load` path, then
 * measures the p95 latency of the dashboard's two hot queries:
 *  - listEvents with bbox + date range + type filter, limit 100;
 *  - stats(..., "week") unfiltered and with a country + year filter;
 * and, for information, countEvents and ingestDocument latency at that size.
 * Target: 50 ms p95 each. `CONFLICTWATCH_BENCH_EVENTS` changes the event count.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { ActorRef, ConflictEvent, EventFilter, EventType, Store, StoreDumpRecord, SubEventType } from "../src/domain/index.js";
import { SUB_EVENT_TYPES } from "../src/domain/index.js";
import { defaultMergePolicy } from "../src/merge/index.js";
import { openStore } from "../src/store/index.js";
import { seededRandom as random } from "./serve-bench-data.js";

const EVENTS = Number(process.env.CONFLICTWATCH_BENCH_EVENTS ?? 1_000_000);
const DOCUMENTS = Math.max(1, Math.min(10_000, Math.floor(EVENTS / 100)));
const RUNS = 200;


const COUNTRIES = [
  { country: "Burkina Faso", iso3: "BFA", lat: [9.5, 15], lon: [-5.5, 2.3] },
  { country: "Mali", iso3: "MLI", lat: [10.2, 24.5], lon: [-12, 4.2] },
  { country: "Niger", iso3: "NER", lat: [11.7, 23.5], lon: [0.2, 15.9] },
];
const SUBS = Object.keys(SUB_EVENT_TYPES) as SubEventType[];
const ACTORS: ActorRef[] = Array.from({ length: 40 }, (_, i) => ({ name: `Actor ${i}`, acled_name: `Actor ${i} (ACLED)`, inter: ((i % 8) + 1) as ActorRef["inter"] }));
const DAY0 = Date.parse("2018-01-01T00:00:00Z");
const DAYS = 8 * 365;

function syntheticEvent(i: number, rnd: () => number): ConflictEvent {
  const c = COUNTRIES[Math.floor(rnd() * COUNTRIES.length)];
  const sub = SUBS[Math.floor(rnd() * SUBS.length)];
  const date = new Date(DAY0 + Math.floor(rnd() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  const low = rnd() < 0.4 ? null : Math.floor(rnd() * rnd() * 60);
  const admin1 = `${c.iso3} region ${Math.floor(rnd() * 13)}`;
  const values = {
    event_type: SUB_EVENT_TYPES[sub] as EventType,
    sub_event_type: sub,
    event_date: date,
    date_precision: "day" as const,
    actor1: ACTORS[Math.floor(rnd() * ACTORS.length)],
    actor2: rnd() < 0.8 ? ACTORS[Math.floor(rnd() * ACTORS.length)] : null,
    assoc_actors: [],
    civilian_targeting: rnd() < 0.3,
    location: {
      name: `Place ${i % 50_000}`, country: c.country, iso3: c.iso3, admin1, admin2: `${admin1} / ${Math.floor(rnd() * 8)}`, admin3: null,
      latitude: c.lat[0] + rnd() * (c.lat[1] - c.lat[0]), longitude: c.lon[0] + rnd() * (c.lon[1] - c.lon[0]),
      geo_precision: 1 as const, gazetteer_id: `gn:${i % 50_000}`,
    },
    fatalities: { low, best: low, high: low, text: null },
    verification: (["reported", "claimed", "confirmed", "unverified"] as const)[Math.floor(rnd() * 4)],
    claimed_by: null,
    claim_relayed_by: null,
    weapons: [],
    notes: `Synthetic event ${i}.`,
  };
  const doc = i % DOCUMENTS;
  return {
    ...values,
    id: `ev_bench_${i}`,
    sources: [{ document_id: `doc_bench_${doc}`, url: null, title: null, published_at: date, source_name: "Bench", values, evidence: [] }],
    review_status: "auto",
    created_at: "2025-01-01T00:00:00.000Z",
    updated_at: "2025-01-01T00:00:00.000Z",
  };
}

async function* records(): AsyncIterable<StoreDumpRecord> {
  for (let d = 0; d < DOCUMENTS; d++) {
    const text = `Bench document ${d}.`;
    yield {
      kind: "document",
      document: {
        id: `doc_bench_${d}`, origin: "bench", url: null, title: null, published_at: null, published_at_origin: "unknown",
        source_name: "Bench", language: "en", content_hash: `bench-${d}`, encoding: "utf-8", text, near_duplicate_of: null,
        ingested_at: "2025-01-01T00:00:00.000Z",
      },
      raw: new TextEncoder().encode(text), content_type: "text/plain", hints: {}, fingerprint: null, furniture_removed: 0,
    };
  }
  const rnd = random(42);
  for (let i = 0; i < EVENTS; i++) {
    yield { kind: "event", event: syntheticEvent(i, rnd), orphaned: false, source_indexes: [Math.floor(i / DOCUMENTS)] };
  }
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
}

async function time(label: string, run: (i: number) => Promise<unknown>, target = "target p95 <= 50 ms"): Promise<void> {
  for (let i = 0; i < 5; i++) await run(i); // warm the page cache
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  const median = [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  console.log(`${label}: p95 ${p95(samples).toFixed(1)} ms, median ${median.toFixed(1)} ms (${RUNS} runs${target ? `; ${target}` : ""})`);
}

export default async function bench(): Promise<void> {
  // CONFLICTWATCH_BENCH_DB=path keeps the generated database there and reuses it on the next run.
  const keep = process.env.CONFLICTWATCH_BENCH_DB;
  const dir = keep ? null : mkdtempSync(join(tmpdir(), "cw-store-bench-"));
  const path = keep ?? join(dir!, "bench.db");
  try {
    const store = await openStore(path);
    if ((await store.countEvents({ includeRejected: true })) === 0) await generate(store, path);
    else console.log(`reusing ${path} (${await store.countEvents({})} events)`);
    await measure(store);
    await store.close();
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function generate(store: Store, path: string): Promise<void> {
  const started = performance.now();
  let lastReport = 0;
  const written = await store.load!(records(), (n) => {
    if (n - lastReport >= 200_000) {
      lastReport = n;
      console.log(`  loaded ${n} records (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  });
  const loadSeconds = (performance.now() - started) / 1000;
  console.log(`load: ${written} records (${EVENTS} events, ${DOCUMENTS} documents) in ${loadSeconds.toFixed(1)} s, ${Math.round(EVENTS / loadSeconds)} events/s; file ${(statSync(path).size / 1e6).toFixed(0)} MB`);
}

async function measure(store: Store): Promise<void> {
  const rnd = random(7);
  const filters: EventFilter[] = Array.from({ length: RUNS + 5 }, () => {
    const west = -10 + rnd() * 20;
    const south = 10 + rnd() * 10;
    const year = 2018 + Math.floor(rnd() * 8);
    return { bbox: [west, south, west + 2, south + 2], from: `${year}-01-01`, to: `${year}-12-31`, types: ["Battles"] };
  });
  let returned = 0;
  await time("listEvents bbox(2°x2°) + year + type, limit 100", async (i) => {
    returned += (await store.listEvents(filters[i], { limit: 100 })).events.length;
  });
  console.log(`  (${(returned / (RUNS + 5)).toFixed(0)} events per page on average)`);
  await time("stats week, no filter", () => store.stats({}, "week"));
  const years = Array.from({ length: RUNS + 5 }, (_, i) => ({ country: COUNTRIES[i % 3].iso3, from: `${2018 + (i % 8)}-01-01`, to: `${2018 + (i % 8)}-12-31` }));
  await time("stats week, country + year", (i) => store.stats(years[i], "week"));
  await time("countEvents country + type", (i) => store.countEvents({ country: COUNTRIES[i % 3].iso3, types: ["Battles"] }), "");
  // Ingest at scale: each report's merge candidates come from the date and place indexes.
  const ingestRnd = random(99);
  await time("ingestDocument (2 events) into the loaded store", async (i) => {
    const a = syntheticEvent(EVENTS + 2 * i, ingestRnd);
    const b = syntheticEvent(EVENTS + 2 * i + 1, ingestRnd);
    const text = `Bench ingest ${i} ${Math.random()}`;
    const extracted = [a, b].map(({ id: _id, sources: _s, review_status: _r, created_at: _c, updated_at: _u, ...values }) => ({
      ...values, place: null, start: 0, end: 1, evidence: [],
    }));
    await store.ingestDocument(
      {
        clean: { origin: "bench", url: null, title: null, publishedAt: null, publishedAtOrigin: "unknown", sourceName: "Bench", language: "en", text, contentHash: `ingest-${text}`, encoding: "utf-8", furnitureRemoved: 0 },
        raw: { origin: "bench", url: null, bytes: new TextEncoder().encode(text), contentType: "text/plain", hints: {} },
      },
      extracted,
      defaultMergePolicy,
    );
  }, "");
}
