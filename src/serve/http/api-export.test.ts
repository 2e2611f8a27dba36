import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../domain/index.js";
import { writeEvents } from "../../export/index.js";
import { defaultMergePolicy } from "../../merge/index.js";
import { openStore } from "../../store/index.js";
import { deaths, doc, event, longText, PLACES } from "../../store/testing/fixtures.js";
import { buildServer } from "../index.js";

/** GET /api/events as CSV, GeoJSON and JSONL through the real export stage, under the filters. */
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openStore(":memory:");
  const reports = [
    { place: PLACES.sole, date: "2025-05-11", killed: 60 },
    { place: PLACES.djibo, date: "2025-05-04", killed: 12 },
    { place: PLACES.menaka, date: "2025-01-10", killed: 3 },
  ];
  for (const r of reports) {
    await store.ingestDocument(doc(longText(r.place.name)), [event({ location: r.place, event_date: r.date, fatalities: deaths(r.killed) })], defaultMergePolicy);
  }
  app = await buildServer(
    { store, policy: defaultMergePolicy, submitReport: async () => Promise.reject(new Error("unused")), writeEvents },
    { host: "127.0.0.1", port: 0, token: null, openMode: false, dashboardDir: null },
  );
});

afterAll(async () => {
  await app.close();
  await store.close();
});

describe("event exports", () => {
  it("answers CSV for format=csv, one row per matching event", async () => {
    const res = await app.inject({ method: "GET", url: "/api/events?format=csv&country=BFA" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    const lines = res.body.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("event_date");
    expect(res.body).toContain("Djibo");
    expect(res.body).not.toContain("Menaka");
  });

  it("answers CSV for Accept: text/csv, and as a download when asked", async () => {
    const res = await app.inject({ method: "GET", url: "/api/events?download=1", headers: { accept: "text/csv" } });
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["content-disposition"]).toContain('filename="conflictwatch-events.csv"');
    expect(res.body.trim().split(/\r?\n/)).toHaveLength(4);
  });

  it("answers GeoJSON with one point feature per located event", async () => {
    const res = await app.inject({ method: "GET", url: "/api/events?min_fatalities=10", headers: { accept: "application/geo+json" } });
    expect(res.headers["content-type"]).toContain("application/geo+json");
    const fc = res.json() as { type: string; features: Array<{ geometry: { type: string; coordinates: number[] } }> };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(2);
    expect(fc.features.map((f) => f.geometry.coordinates).sort()).toEqual([[-1.627, 14.1], [-2.109, 14.133]].sort());
  });

  it("answers JSON lines, one event each", async () => {
    const res = await app.inject({ method: "GET", url: "/api/events?format=jsonl&from=2025-05-01" });
    expect(res.headers["content-type"]).toContain("application/x-ndjson");
    const rows = res.body.trim().split("\n").map((l) => JSON.parse(l) as { location: { name: string } });
    expect(rows.map((r) => r.location.name).sort()).toEqual(["Djibo", "Sole"]);
  });

  it("validates filters before streaming anything", async () => {
    const res = await app.inject({ method: "GET", url: "/api/events?format=csv&bbox=1,2" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("validation_error");
  });
});
