import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ConflictEvent } from "../domain/index.js";
import { CSV_COLUMNS, writeEvents } from "./index.js";

const jnim = { name: "JNIM", acled_name: "JNIM: Group for Support of Islam and Muslims", inter: 2 as const };
const army = { name: "Military Forces of Burkina Faso", acled_name: "Military Forces of Burkina Faso (2022-)", inter: 1 as const };

function stored(overrides: Partial<ConflictEvent> = {}): ConflictEvent {
  return {
    id: "ev_1",
    event_type: "Battles",
    sub_event_type: "Non-state actor overtakes territory",
    event_date: "2025-05-11",
    date_precision: "day",
    actor1: jnim,
    actor2: army,
    assoc_actors: [],
    civilian_targeting: false,
    location: {
      name: "Sole", country: "Burkina Faso", iso3: "BFA", admin1: "Nord", admin2: "Loroum", admin3: null,
      latitude: 14.133, longitude: -2.109, geo_precision: 1, gazetteer_id: "gn:1",
    },
    fatalities: { low: 60, best: 60, high: 60, text: "60 soldiers" },
    verification: "claimed",
    claimed_by: "JNIM",
    claim_relayed_by: "SITE Intelligence Group",
    weapons: [{ name: "PG-7V rocket", category: "rocket", origin_country: "Bulgaria", captured_by: "JNIM", captured_from: "Military Forces of Burkina Faso" }],
    notes: 'On 11 May 2025, JNIM overran an army post in Sole, "killing 60", it claimed.\nNo confirmation.',
    sources: [
      { document_id: "doc_a", url: "https://a.example/1", title: "A", published_at: "2025-05-12", source_name: "Outlet A", values: {} as never, evidence: [] },
      { document_id: "doc_b", url: null, title: "B", published_at: null, source_name: "Outlet B", values: {} as never, evidence: [] },
    ],
    review_status: "auto",
    created_at: "2025-05-12T10:00:00.000Z",
    updated_at: "2025-05-12T10:00:00.000Z",
    ...overrides,
  };
}

async function* from(events: ConflictEvent[]): AsyncIterable<ConflictEvent> {
  for (const e of events) yield e;
}

async function run(events: ConflictEvent[], format: "csv" | "geojson" | "jsonl"): Promise<{ text: string; count: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const count = await writeEvents(from(events), format, out);
  out.end();
  return { text: Buffer.concat(chunks).toString("utf8"), count };
}

/** A strict RFC 4180 reader, to check the writer's quoting from the other side. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ",") { row.push(field); field = ""; i++; continue; }
    if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i += 2; continue; }
    field += c; i++;
  }
  expect(field).toBe("");
  return rows;
}

describe("writeEvents: CSV", () => {
  it("writes ACLED's columns in ACLED's order, then ours, with RFC 4180 quoting", async () => {
    const { text, count } = await run([stored(), stored({ id: "ev_2", location: null, event_date: null, date_precision: "unknown", actor2: null, fatalities: { low: null, best: null, high: null, text: null }, civilian_targeting: true })], "csv");
    expect(count).toBe(2);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows[0].slice(0, 5)).toEqual(["event_id_cnty", "event_date", "year", "time_precision", "disorder_type"]);
    expect(rows[0].slice(-8)).toEqual(["timestamp", "fatalities_low", "fatalities_best", "fatalities_high", "verification", "claimed_by", "weapons", "sources"]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(row).toMatchObject({
      event_id_cnty: "ev_1", event_date: "2025-05-11", year: "2025", time_precision: "1", disorder_type: "Political violence",
      event_type: "Battles", sub_event_type: "Non-state actor overtakes territory",
      actor1: "JNIM: Group for Support of Islam and Muslims", inter1: "2", actor2: "Military Forces of Burkina Faso (2022-)", inter2: "1",
      interaction: "12", civilian_targeting: "", iso: "854", region: "Western Africa", country: "Burkina Faso", admin1: "Nord",
      admin2: "Loroum", location: "Sole", latitude: "14.133", longitude: "-2.109", geo_precision: "1", source: "Outlet A; Outlet B",
      fatalities: "60", timestamp: "1747044000", fatalities_low: "60", verification: "claimed", claimed_by: "JNIM",
      sources: "https://a.example/1 doc_b",
    });
    expect(row.notes).toBe(stored().notes);
    expect(row.weapons).toBe("PG-7V rocket (rocket, Bulgaria, captured by JNIM, from Military Forces of Burkina Faso)");
    const bare = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2][i]]));
    expect(bare).toMatchObject({ event_date: "", time_precision: "3", iso: "", latitude: "", fatalities: "0", fatalities_low: "", interaction: "20", inter2: "", civilian_targeting: "Civilian targeting" });
  });

  it("codes week and month precision as 2 and Mali, Niger by their ISO numbers", async () => {
    const mali = stored({ date_precision: "month", location: { ...stored().location!, country: "Mali", iso3: "MLI" } });
    const niger = stored({ date_precision: "week", location: { ...stored().location!, country: "Niger", iso3: "NER" } });
    const rows = parseCsv((await run([mali, niger], "csv")).text);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    expect(rows.slice(1).map((r) => [r[col("time_precision")], r[col("iso")]])).toEqual([["2", "466"], ["2", "562"]]);
  });
});

describe("writeEvents: GeoJSON and JSON Lines", () => {
  it("writes a FeatureCollection, with null geometry for events without coordinates", async () => {
    const { text, count } = await run([stored(), stored({ id: "ev_2", location: null })], "geojson");
    expect(count).toBe(2);
    const fc = JSON.parse(text);
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features[0].geometry).toEqual({ type: "Point", coordinates: [-2.109, 14.133] });
    expect(fc.features[0].properties.fatalities.low).toBe(60);
    expect(fc.features[0].properties.sources[0]).toEqual({ document_id: "doc_a", url: "https://a.example/1", title: "A", published_at: "2025-05-12", source_name: "Outlet A" });
    expect(fc.features[1].geometry).toBeNull();
    expect(JSON.parse((await run([], "geojson")).text)).toEqual({ type: "FeatureCollection", features: [] });
  });

  it("writes one full event per line", async () => {
    const { text } = await run([stored(), stored({ id: "ev_2" })], "jsonl");
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1])).toEqual(stored({ id: "ev_2" }));
  });

  it("waits for a slow stream to drain instead of buffering everything", async () => {
    let maxBuffered = 0;
    let received = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        received += chunk.length;
        setImmediate(done);
      },
    });
    const many = Array.from({ length: 3000 }, (_, i) => stored({ id: `ev_${i}` }));
    async function* watched(): AsyncIterable<ConflictEvent> {
      for await (const e of from(many)) {
        maxBuffered = Math.max(maxBuffered, slow.writableLength);
        yield e;
      }
    }
    const count = await writeEvents(watched(), "jsonl", slow);
    maxBuffered = Math.max(maxBuffered, slow.writableLength);
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(count).toBe(3000);
    expect(received).toBeGreaterThan(3000 * 500);
    // Never more than one gathered chunk (64 KiB) waiting beyond the stream's own buffer.
    expect(maxBuffered).toBeLessThan(200 * 1024);
  });

  it("rejects an unknown format by name", async () => {
    await expect(writeEvents(from([]), "xml" as never, new PassThrough())).rejects.toThrow(/"xml" is not an export format/);
  });
});
