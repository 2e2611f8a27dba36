import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { ConflictEvent, Store } from "../../domain/index.js";
import { loadServices, submitReport } from "../../pipeline/index.js";
import { openStore } from "../../store/index.js";
import { buildServer } from "../index.js";

/** POST /api/documents through the real pipeline (the same code path as `ingest`). */
let store: Store;
let app: FastifyInstance;
const TOKEN = "paste-token-123";
const auth = { authorization: `Bearer ${TOKEN}` };

// A fictional report in the style of the news the project reads.
const REPORT =
  "OUAGADOUGOU — Suspected jihadists attacked an army post in Djibo, northern Burkina Faso, on Sunday, killing 12 soldiers, security sources said. " +
  "The attackers arrived on motorbikes before dawn and withdrew after several hours of fighting, the sources added.";

beforeAll(async () => {
  store = await openStore(":memory:");
  const services = loadServices();
  app = await buildServer(
    { store, policy: services.policy, submitReport: (input) => submitReport(input, store, services), writeEvents: async () => 0 },
    { host: "127.0.0.1", port: 0, token: TOKEN, openMode: false, dashboardDir: null },
  );
});

afterAll(async () => {
  await app.close();
  await store.close();
});

describe("POST /api/documents", () => {
  let stored: { outcome: { documentId: string; status: string; eventIds: string[] }; events: ConflictEvent[] };

  it("codes and stores pasted text, answering 201 with the outcome and the events", async () => {
    const res = await app.inject({ method: "POST", url: "/api/documents", payload: { text: REPORT, title: "Attack on Djibo", published_at: "2025-05-13", source: "Example Wire" }, headers: auth });
    expect(res.statusCode, res.body).toBe(201);
    stored = res.json();
    expect(stored.outcome.status).toBe("new");
    expect(stored.events.map((e) => e.id)).toEqual(stored.outcome.eventIds);
    expect(stored.events.length).toBeGreaterThan(0);
    const djibo = stored.events.find((e) => e.location?.name === "Djibo");
    expect(djibo, JSON.stringify(stored.events.map((e) => e.location?.name))).toBeDefined();
    // "on Sunday" read against the given publication date (Tuesday 13 May 2025).
    expect(djibo!.event_date).toBe("2025-05-11");
    expect(djibo!.fatalities.best).toBe(12);
  });

  it("keeps the document with its metadata and the evidence spans pointing into its text", async () => {
    const doc = (await app.inject({ method: "GET", url: `/api/documents/${stored.outcome.documentId}` })).json().document;
    expect(doc).toMatchObject({ title: "Attack on Djibo", published_at: "2025-05-13", source_name: "Example Wire" });
    const detail = (await app.inject({ method: "GET", url: `/api/events/${stored.events[0].id}` })).json();
    for (const ev of detail.event.sources[0].evidence as Array<{ text: string; start: number; end: number }>) {
      expect(doc.text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it("answers 200 and writes nothing for the same report pasted again", async () => {
    const res = await app.inject({ method: "POST", url: "/api/documents", payload: { text: REPORT, published_at: "2025-05-13" }, headers: auth });
    expect(res.statusCode).toBe(200);
    expect(res.json().outcome.status).toBe("duplicate");
    expect((await app.inject({ method: "GET", url: "/api/events?total=true" })).json().total).toBe(stored.events.length);
  });

  it("accepts the report as a text/plain body with metadata in the query", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/documents?published_at=2025-05-13&title=Diapaga",
      payload: "Gunmen stormed the town of Diapaga in eastern Burkina Faso on Wednesday and tore down flags, residents said.",
      headers: { ...auth, "content-type": "text/plain" },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().outcome.status).toBe("new");
  });
});
