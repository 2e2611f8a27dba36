import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { ConflictEvent, Store } from "../../domain/index.js";
import { defaultMergePolicy } from "../../merge/index.js";
import { openStore } from "../../store/index.js";
import { ACTORS, deaths, doc, event, longText, PLACES } from "../../store/testing/fixtures.js";
import { buildServer, type ServeDeps } from "../index.js";

/**
 * Read routes over a real SQLite store holding five hand-written reports:
 * Sole (battle, 60 claimed), Djibo (violence against civilians, 12), Diapaga (strategic development),
 * Kaya (IS Sahel vs JNIM with captured weapons, 2024), Menaka (Mali, IED).
 */
let store: Store;
let app: FastifyInstance;
const ids: Record<string, string> = {};

async function seed(s: Store): Promise<void> {
  const reports = [
    { key: "sole", text: longText("Sole", "JNIM claimed sixty soldiers killed at the Sole post."), publishedAt: "2025-05-13", ev: event({ location: PLACES.sole, event_date: "2025-05-11", fatalities: deaths(60), verification: "claimed", claimed_by: "JNIM", notes: "JNIM overran the army post at Sole.", evidence: [{ field: "fatalities", text: "sixty soldiers killed", start: 0, end: 21, rule: "en/fatality-count", stated: true }] }) },
    { key: "djibo", text: longText("Djibo", "Dozens of soldiers and civilians died in Djibo."), publishedAt: "2025-05-13", ev: event({ location: PLACES.djibo, event_type: "Violence against civilians", sub_event_type: "Attack", event_date: "2025-05-04", actor2: ACTORS.civilians, civilian_targeting: true, fatalities: deaths(12), notes: "Militants attacked Djibo; dozens killed." }) },
    { key: "diapaga", text: longText("Diapaga", "Flags were torn down in Diapaga."), publishedAt: "2025-05-13", ev: event({ location: PLACES.diapaga, event_type: "Strategic developments", sub_event_type: "Other", event_date: "2025-05-07", actor1: ACTORS.unidentified, actor2: null, notes: "Insurgents paraded through Diapaga and tore down flags." }) },
    { key: "kaya", text: longText("Kalamba near Kaya", "IS fighters seized Zastava rifles from JNIM."), publishedAt: "2024-03-30", ev: event({ location: PLACES.kaya, event_date: "2024-03-28", date_precision: "week", actor1: ACTORS.isSahel, actor2: ACTORS.jnim, notes: "IS Sahel fighters attacked JNIM near Kaya and seized weapons.", weapons: [{ name: "Zastava M05E1", category: "assault rifle", origin_country: "Serbia", captured_by: "Islamic State Sahel", captured_from: "JNIM" }] }) },
    { key: "menaka", text: longText("Menaka", "An IED struck a convoy near Menaka."), publishedAt: "2025-01-12", ev: event({ location: PLACES.menaka, event_type: "Explosions/Remote violence", sub_event_type: "Remote explosive/landmine/IED", event_date: "2025-01-10", actor1: ACTORS.isSahel, actor2: null, fatalities: deaths(3), notes: "An IED struck a convoy near Menaka." }) },
  ];
  for (const r of reports) {
    const out = await s.ingestDocument(doc(r.text, { title: `Report on ${r.key}`, publishedAt: r.publishedAt }), [r.ev], defaultMergePolicy);
    ids[r.key] = out.eventIds[0];
  }
}

beforeAll(async () => {
  store = await openStore(":memory:");
  await seed(store);
  const deps: ServeDeps = {
    store,
    policy: defaultMergePolicy,
    submitReport: async () => {
      throw new Error("not used by read tests");
    },
    writeEvents: async () => 0,
  };
  app = await buildServer(deps, { host: "127.0.0.1", port: 0, token: null, openMode: false, dashboardDir: null });
});

afterAll(async () => {
  await app.close();
  await store.close();
});

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: "GET", url, headers });
  return { status: res.statusCode, body: res.json() as Record<string, unknown>, headers: res.headers };
}

async function places(url: string): Promise<string[]> {
  const { status, body } = await get(url);
  expect(status, JSON.stringify(body)).toBe(200);
  return (body.events as ConflictEvent[]).map((e) => e.location?.name ?? "?").sort();
}

describe("GET /api/events filters", () => {
  it("lists every event without filters, newest first", async () => {
    const { body } = await get("/api/events");
    const events = body.events as ConflictEvent[];
    expect(events.map((e) => e.location?.name)).toEqual(["Sole", "Diapaga", "Djibo", "Menaka", "Kaya"]);
    expect(body.next_cursor).toBeNull();
  });

  it.each([
    ["from/to", "/api/events?from=2025-05-05&to=2025-05-31", ["Diapaga", "Sole"]],
    ["country by name", "/api/events?country=Mali", ["Menaka"]],
    ["country by ISO3", "/api/events?country=BFA", ["Diapaga", "Djibo", "Kaya", "Sole"]],
    ["admin1", "/api/events?admin1=Est", ["Diapaga"]],
    ["admin2", "/api/events?admin2=Soum", ["Djibo"]],
    ["event type", "/api/events?type=Violence%20against%20civilians", ["Djibo"]],
    ["sub-event type", "/api/events?type=Remote%20explosive%2Flandmine%2FIED", ["Menaka"]],
    ["two types, comma-separated", "/api/events?type=Battles,Strategic%20developments", ["Diapaga", "Kaya", "Sole"]],
    ["actor on either side", "/api/events?actor=Islamic%20State", ["Kaya", "Menaka"]],
    ["minimum fatalities (underscore)", "/api/events?min_fatalities=10", ["Djibo", "Sole"]],
    ["minimum fatalities (CLI spelling)", "/api/events?min-fatalities=50", ["Sole"]],
    ["bbox", "/api/events?bbox=-3,13.5,-1,15", ["Djibo", "Sole"]],
    ["verification", "/api/events?verification=claimed", ["Sole"]],
    ["full text over notes", "/api/events?q=flags", ["Diapaga"]],
    ["filters combined", "/api/events?from=2025-01-01&type=Battles&bbox=-3,13,-1,15", ["Sole"]],
  ])("%s", async (_name, url, expected) => {
    expect(await places(url)).toEqual(expected);
  });

  it("sorts by fatalities and pages with a cursor", async () => {
    const first = await get("/api/events?sort=fatalities_desc&limit=2");
    expect((first.body.events as ConflictEvent[]).map((e) => e.location?.name)).toEqual(["Sole", "Djibo"]);
    expect(typeof first.body.next_cursor).toBe("string");
    const second = await get(`/api/events?sort=fatalities_desc&limit=2&cursor=${encodeURIComponent(first.body.next_cursor as string)}`);
    expect((second.body.events as ConflictEvent[]).map((e) => e.location?.name)).toEqual(["Menaka", expect.any(String)]);
    const all = new Set([...(first.body.events as ConflictEvent[]), ...(second.body.events as ConflictEvent[])].map((e) => e.id));
    expect(all.size).toBe(4);
  });

  it("gives the total when asked", async () => {
    const { body } = await get("/api/events?country=BFA&total=true&limit=1");
    expect(body.total).toBe(4);
    expect((body.events as unknown[]).length).toBe(1);
  });

  it.each([
    ["/api/events?from=2025%2F01%2F01", "from", "YYYY-MM-DD"],
    ["/api/events?to=2025-13-01", "to", "real calendar date"],
    ["/api/events?from=2025-02-30", "from", "real calendar date"],
    ["/api/events?from=2025-06-01&to=2025-05-01", "from", "must not be after"],
    ["/api/events?type=Skirmish", "type", "not an ACLED event type"],
    ["/api/events?min_fatalities=-1", "min_fatalities", "whole number"],
    ["/api/events?bbox=1,2,3", "bbox", "four numbers"],
    ["/api/events?bbox=10,0,5,1", "bbox", "west <= east"],
    ["/api/events?verification=rumour", "verification", "not one of"],
    ["/api/events?limit=0", "limit", "between 1 and"],
    ["/api/events?sort=random", "sort", "must be one of"],
    ["/api/events?format=xml", "format", "json, csv, geojson, jsonl"],
    ["/api/events?colour=red", "colour", "unknown query parameter"],
    ["/api/events?from=2025-01-01&from=2025-02-01", "from", "give it once"],
  ])("rejects %s with a validation error naming %s", async (url, field, words) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    const error = body.error as { code: string; message: string; details: { field: string } };
    expect(error.code).toBe("validation_error");
    expect(error.details.field).toBe(field);
    expect(error.message).toContain(words);
  });
});

describe("GET /api/events/:id and /api/documents/:id", () => {
  it("returns the event with its sources, their own values, evidence, document texts and audit trail", async () => {
    const { status, body } = await get(`/api/events/${ids.sole}`);
    expect(status).toBe(200);
    const e = body.event as ConflictEvent;
    expect(e.id).toBe(ids.sole);
    expect(e.sources).toHaveLength(1);
    expect(e.sources[0].values.fatalities.best).toBe(60);
    expect(e.sources[0].evidence[0]).toMatchObject({ field: "fatalities", start: 0, end: 21 });
    const docs = body.documents as Array<{ id: string; text: string }>;
    expect(docs).toHaveLength(1);
    expect(docs[0].id).toBe(e.sources[0].document_id);
    expect(docs[0].text).toContain("JNIM claimed sixty soldiers killed");
    expect(body.audit).toEqual([]);
  });

  it("serves a document by id", async () => {
    const detail = await get(`/api/events/${ids.kaya}`);
    const docId = (detail.body.event as ConflictEvent).sources[0].document_id;
    const { status, body } = await get(`/api/documents/${docId}`);
    expect(status).toBe(200);
    expect((body.document as { text: string }).text).toContain("Zastava");
  });

  it("answers 404 in the error shape for unknown events and documents", async () => {
    for (const url of ["/api/events/nope", "/api/documents/nope"]) {
      const { status, body } = await get(url);
      expect(status).toBe(404);
      expect(body.error).toMatchObject({ code: "not_found", message: expect.stringContaining('"nope"') });
    }
  });
});

describe("GET /api/stats", () => {
  it("groups by week (Monday keys) under the filters", async () => {
    const { body } = await get("/api/stats?group=week&country=BFA");
    const rows = (body.groups as Record<string, Array<{ key: string; events: number; fatalities: number }>>).week;
    expect(rows).toEqual([
      { key: "2024-03-25", events: 1, fatalities: 0 },
      { key: "2025-04-28", events: 1, fatalities: 12 },
      { key: "2025-05-05", events: 2, fatalities: 60 },
    ]);
  });

  it("returns several groups at once: month, event type, actor, admin1, admin2, actor pairs", async () => {
    const { body } = await get("/api/stats?group=month,event_type,actor,admin1,admin2,actor_pair");
    const g = body.groups as Record<string, Array<{ key: string; key2?: string; events: number; fatalities: number }>>;
    expect(g.month.find((r) => r.key === "2025-05")).toMatchObject({ events: 3, fatalities: 72 });
    expect(g.event_type.find((r) => r.key === "Battles")).toMatchObject({ events: 2, fatalities: 60 });
    expect(g.admin1.find((r) => r.key === "Est")).toMatchObject({ events: 1 });
    expect(g.admin2.find((r) => r.key === "Loroum")).toMatchObject({ events: 1, fatalities: 60 });
    expect(g.actor.map((r) => r.key)).toContain("JNIM");
    const pair = g.actor_pair.find((r) => [r.key, r.key2].includes("Islamic State Sahel") && [r.key, r.key2].includes("JNIM"));
    expect(pair).toMatchObject({ events: 1 });
  });

  it("defaults to week and rejects an unknown group", async () => {
    expect(Object.keys((await get("/api/stats")).body.groups as object)).toEqual(["week"]);
    const { status, body } = await get("/api/stats?group=weekday");
    expect(status).toBe(400);
    expect((body.error as { message: string }).message).toContain("weekday");
  });

  it("lists captured weapons with captor, origin, place and date", async () => {
    const { body } = await get("/api/stats/weapons?country=BFA");
    expect(body.rows).toEqual([
      expect.objectContaining({ event_id: ids.kaya, name: "Zastava M05E1", origin_country: "Serbia", captured_by: "Islamic State Sahel", captured_from: "JNIM", location: "Kaya", event_date: "2024-03-28" }),
    ]);
    expect((await get("/api/stats/weapons?country=Mali")).body.rows).toEqual([]);
  });

  it("follows one actor pair over time, whichever side each actor is on", async () => {
    const { body } = await get("/api/stats/pair?a=JNIM&b=IS%20Sahel&interval=month");
    // "IS Sahel" is not a substring of "Islamic State Sahel": the pair matches on the short name only when given as such.
    expect(body.rows).toEqual([]);
    const named = await get("/api/stats/pair?a=JNIM&b=Islamic%20State&interval=month");
    expect(named.body.rows).toEqual([{ key: "2024-03", events: 1, fatalities: 0 }]);
    expect((named.body.events as Array<{ id: string }>).map((e) => e.id)).toEqual([ids.kaya]);
    const weekly = await get("/api/stats/pair?a=Islamic%20State&b=JNIM");
    expect(weekly.body.rows).toEqual([{ key: "2024-03-25", events: 1, fatalities: 0 }]);
    expect((await get("/api/stats/pair?a=JNIM")).status).toBe(400);
  });
});

describe("other read routes", () => {
  it("serves compact map points for located events under the filters", async () => {
    const res = await app.inject({ method: "GET", url: "/api/map/points?country=BFA" });
    expect(res.headers["content-type"]).toContain("application/geo+json");
    const fc = res.json() as { type: string; features: Array<{ geometry: { coordinates: number[] }; properties: Record<string, unknown> }> };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.map((f) => f.properties.place).sort()).toEqual(["Diapaga", "Djibo", "Kaya", "Sole"]);
    const gnagnaLike = fc.features.find((f) => f.properties.place === "Sole")!;
    expect(gnagnaLike.geometry.coordinates).toEqual([-2.109, 14.133]);
    expect(gnagnaLike.properties).toMatchObject({ id: ids.sole, type: "Battles", fat: 60, ver: "claimed", prec: 1 });
    expect(res.json().truncated).toBe(false);
  });

  it("cuts map points at the limit, newest first, and says so", async () => {
    const res = await app.inject({ method: "GET", url: "/api/map/points?limit=2" });
    const fc = res.json() as { truncated: boolean; features: Array<{ properties: { place: string } }> };
    expect(fc.truncated).toBe(true);
    expect(fc.features.map((f) => f.properties.place)).toEqual(["Sole", "Diapaga"]);
    expect((await app.inject({ method: "GET", url: "/api/map/points?limit=0" })).statusCode).toBe(400);
  });

  it("answers map points the same from a store without mapPoints (paging through full events)", async () => {
    // The same real store with its optional mapPoints hidden, as a third-party Store may lack it.
    const withoutMapPoints = new Proxy(store, {
      get: (target, key) => {
        if (key === "mapPoints") return undefined;
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const plain = await buildServer(
      { store: withoutMapPoints, policy: defaultMergePolicy, submitReport: async () => Promise.reject(new Error("unused")), writeEvents: async () => 0 },
      { host: "127.0.0.1", port: 0, token: null, openMode: false, dashboardDir: null },
    );
    try {
      expect(store.mapPoints).toBeDefined();
      for (const url of ["/api/map/points", "/api/map/points?limit=2", "/api/map/points?limit=5", "/api/map/points?country=BFA&type=Battles", "/api/map/points?from=2025-01-01&limit=1"]) {
        const fast = await app.inject({ method: "GET", url });
        const slow = await plain.inject({ method: "GET", url });
        expect(slow.statusCode, url).toBe(200);
        expect(slow.json(), url).toEqual(fast.json());
      }
      expect((await plain.inject({ method: "GET", url: "/api/map/points?limit=2" })).json().truncated).toBe(true);
      expect((await plain.inject({ method: "GET", url: "/api/map/points?limit=5" })).json().truncated).toBe(false);
    } finally {
      await plain.close();
    }
  });

  it("describes the controls' vocabularies in /api/meta", async () => {
    const { body } = await get("/api/meta");
    expect(body.countries).toEqual(expect.arrayContaining(["Burkina Faso", "Mali"]));
    expect(body.admin1).toEqual(expect.arrayContaining(["Nord", "Est", "Sahel"]));
    expect(body.writes).toBe("disabled");
    expect(body.tile_url).toBeNull();
  });

  it("serves an OpenAPI document listing every route", async () => {
    const { status, body } = await get("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    const paths = Object.keys(body.paths as object);
    // Every documented path is a real route, and the main routes are all documented.
    for (const [path, ops] of Object.entries(body.paths as Record<string, object>)) {
      for (const method of Object.keys(ops)) {
        expect(app.hasRoute({ method: method.toUpperCase() as "GET", url: path.replace("{id}", ":id") }), `${method} ${path}`).toBe(true);
      }
    }
    for (const p of ["/api/events", "/api/events/{id}", "/api/documents", "/api/documents/{id}", "/api/stats", "/api/stats/weapons", "/api/stats/pair", "/api/map/points", "/api/meta", "/api/events/{id}/confirm", "/api/events/{id}/reject", "/api/events/{id}/correct", "/api/events/{id}/merge", "/api/events/{id}/split", "/api/events/{id}/audit", "/api/audit"]) {
      expect(paths).toContain(p);
    }
  });

  it("answers unknown routes with the error shape", async () => {
    const { status, body } = await get("/api/nothing-here");
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "route_not_found", message: expect.stringContaining("GET /api/nothing-here"), details: expect.any(Object) } });
  });

  it("says how to build the dashboard when it is missing", async () => {
    const res = await app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain("npm run build");
  });
});
