import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { AuditEntry, ConflictEvent, Store } from "../../domain/index.js";
import { InputError } from "../../domain/index.js";
import { defaultMergePolicy } from "../../merge/index.js";
import { openStore } from "../../store/index.js";
import { ACTORS, deaths, doc, event, longText, PLACES } from "../../store/testing/fixtures.js";
import { buildServer, type ServeDeps, type ServeOptions } from "../index.js";

/**
 * Write routes over a real SQLite store: access rules, the error shape for bad bodies,
 * and every review action, including that edits survive re-extraction.
 */
let store: Store;
const apps: FastifyInstance[] = [];
const TOKEN = "s3cret-token-for-tests";

function deps(): ServeDeps {
  return {
    store,
    policy: defaultMergePolicy,
    submitReport: async (input) => {
      // Stands in for nothing: the real pipeline is exercised in api-documents.test.ts. This one
      // lets access-rule tests reach the route and see the body they sent.
      throw new InputError("pasted report", `no pipeline in this test (got ${Object.keys(input).join(",")})`);
    },
    writeEvents: async () => 0,
  };
}

async function server(options: Partial<ServeOptions> = {}): Promise<FastifyInstance> {
  const app = await buildServer(deps(), { host: "127.0.0.1", port: 0, token: TOKEN, openMode: false, dashboardDir: null, ...options });
  apps.push(app);
  return app;
}

beforeEach(async () => {
  store = await openStore(":memory:");
});

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  await store.close();
});

async function ingest(key: string, overrides: Parameters<typeof event>[0]): Promise<{ eventId: string; documentId: string }> {
  const out = await store.ingestDocument(doc(longText(key), { title: key, publishedAt: "2025-05-13" }), [event(overrides)], defaultMergePolicy);
  return { eventId: out.eventIds[0], documentId: out.documentId };
}

const auth = { authorization: `Bearer ${TOKEN}` };

describe("access rules", () => {
  it("refuses writes without the token, and with a wrong one, when a token is set", async () => {
    const app = await server();
    const { eventId } = await ingest("Sole", { location: PLACES.sole });
    const none = await app.inject({ method: "POST", url: `/api/events/${eventId}/confirm`, payload: {} });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toMatchObject({ code: "unauthorized", message: expect.stringContaining("Authorization: Bearer") });
    const wrong = await app.inject({ method: "POST", url: `/api/events/${eventId}/confirm`, payload: {}, headers: { authorization: "Bearer nope-nope-nope" } });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({ method: "POST", url: `/api/events/${eventId}/confirm`, payload: {}, headers: auth });
    expect(right.statusCode).toBe(200);
    const alt = await app.inject({ method: "POST", url: `/api/events/${eventId}/confirm`, payload: {}, headers: { "x-conflictwatch-token": TOKEN } });
    expect(alt.statusCode).toBe(200);
  });

  it("keeps reads open on loopback", async () => {
    const app = await server();
    expect((await app.inject({ method: "GET", url: "/api/events" })).statusCode).toBe(200);
  });

  it("refuses writes when no token is set and open mode is off, saying how to enable them", async () => {
    const app = await server({ token: null });
    const res = await app.inject({ method: "POST", url: "/api/documents", payload: { text: "x" } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: "writes_disabled", message: expect.stringContaining("--open") });
  });

  it("allows writes without a token in open mode on loopback", async () => {
    const app = await server({ token: null, openMode: true });
    const { eventId } = await ingest("Sole", { location: PLACES.sole });
    const res = await app.inject({ method: "POST", url: `/api/events/${eventId}/confirm`, payload: { who: "amina" } });
    expect(res.statusCode).toBe(200);
  });

  it("needs the token for reads too when listening beyond loopback, except for the OpenAPI document", async () => {
    const app = await server({ host: "0.0.0.0" });
    expect((await app.inject({ method: "GET", url: "/api/events" })).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/api/events", headers: auth })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/openapi.json" })).statusCode).toBe(200);
  });

  it.each([
    [{ host: "0.0.0.0", token: null }, "needs a token"],
    [{ host: "192.168.1.5", token: TOKEN, openMode: true }, "only allowed on a loopback"],
    [{ token: "short" }, "at least 8 characters"],
  ] as Array<[Partial<ServeOptions>, string]>)("refuses to build with %j", async (options, words) => {
    await expect(server(options)).rejects.toThrow(words);
  });
});

describe("error shape for bad requests", () => {
  it("rejects a body over the limit with 413", async () => {
    const app = await server({ bodyLimitBytes: 1_000 });
    const res = await app.inject({ method: "POST", url: "/api/documents", payload: { text: "x".repeat(5_000) }, headers: auth });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: { code: "body_too_large", message: expect.stringContaining("1000 bytes"), details: null } });
  });

  it("rejects malformed JSON with 400", async () => {
    const app = await server();
    const res = await app.inject({ method: "POST", url: "/api/documents", payload: '{"text": ', headers: { ...auth, "content-type": "application/json" } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("invalid_json");
  });

  it("rejects an unsupported media type with 415", async () => {
    const app = await server();
    const res = await app.inject({ method: "POST", url: "/api/documents", payload: "<r/>", headers: { ...auth, "content-type": "application/xml" } });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe("unsupported_media_type");
  });

  it.each([
    [{}, "text", "give the report as text, html or url"],
    [{ text: "a", html: "<p>a</p>" }, "html", "not both"],
    [{ url: "ftp://example.org/x" }, "url", "http or https"],
    [{ url: "not a url" }, "url", "not a valid URL"],
    [{ text: "a", published_at: "13/05/2025" }, "published_at", "YYYY-MM-DD"],
    [{ text: "a", author: "me" }, "author", "unknown field"],
    [{ text: 42 }, "text", "must be a string"],
  ])("validates a pasted report %j", async (payload, field, words) => {
    const app = await server();
    const res = await app.inject({ method: "POST", url: "/api/documents", payload, headers: auth });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation_error", details: { field }, message: expect.stringContaining(words) });
  });

  it("passes a text/plain or text/html report to the pipeline, whose input errors answer 422", async () => {
    const app = await server();
    const plain = await app.inject({ method: "POST", url: "/api/documents?title=T", payload: "JNIM attacked Djibo.", headers: { ...auth, "content-type": "text/plain" } });
    expect(plain.statusCode).toBe(422);
    expect(plain.json().error).toMatchObject({ code: "unprocessable_input", message: expect.stringContaining("got text,title") });
    const html = await app.inject({ method: "POST", url: "/api/documents", payload: "<p>JNIM attacked Djibo.</p>", headers: { ...auth, "content-type": "text/html" } });
    expect(html.json().error.message).toContain("got html");
  });

  it("answers an internal failure with 500 and no internals", async () => {
    const app = await server();
    await store.close();
    const res = await app.inject({ method: "GET", url: "/api/events" });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: "internal_error", message: expect.any(String), details: null } });
    store = await openStore(":memory:");
  });
});

async function post(app: FastifyInstance, url: string, payload: object) {
  const res = await app.inject({ method: "POST", url, payload, headers: auth });
  return { status: res.statusCode, body: res.json() as { events: ConflictEvent[]; error?: { code: string; message: string } } };
}

async function auditOf(app: FastifyInstance, id: string): Promise<AuditEntry[]> {
  return (await app.inject({ method: "GET", url: `/api/events/${id}/audit` })).json().entries;
}

describe("aggregates follow the data", () => {
  it("answers stats again after a review or an ingest changes the events", async () => {
    const app = await server();
    const { eventId } = await ingest("Sole", { location: PLACES.sole, fatalities: deaths(5) });
    const week = async () => (await app.inject({ method: "GET", url: "/api/stats?group=week" })).json().groups.week;
    expect(await week()).toEqual([{ key: "2025-05-05", events: 1, fatalities: 5 }]);
    await post(app, `/api/events/${eventId}/correct`, { field: "fatalities", value: 9 });
    expect(await week()).toEqual([{ key: "2025-05-05", events: 1, fatalities: 9 }]);
    await ingest("Djibo", { location: PLACES.djibo, event_date: "2025-05-01", fatalities: deaths(2) });
    expect(await week()).toEqual([{ key: "2025-04-28", events: 1, fatalities: 2 }, { key: "2025-05-05", events: 1, fatalities: 9 }]);
    await post(app, `/api/events/${eventId}/reject`, {});
    expect(await week()).toEqual([{ key: "2025-04-28", events: 1, fatalities: 2 }]);
  });
});

describe("review actions", () => {
  it("confirms an event and records who, when and why", async () => {
    const app = await server();
    const { eventId } = await ingest("Sole", { location: PLACES.sole });
    const { status, body } = await post(app, `/api/events/${eventId}/confirm`, { who: "amina", why: "checked with a local source" });
    expect(status).toBe(200);
    expect(body.events[0].review_status).toBe("confirmed");
    const [entry] = await auditOf(app, eventId);
    expect(entry).toMatchObject({ action: "confirm", who: "amina", why: "checked with a local source", event_id: eventId });
    expect(Date.parse(entry.at)).not.toBeNaN();
  });

  it("takes the analyst's name from X-Analyst when the body has none", async () => {
    const app = await server();
    const { eventId } = await ingest("Sole", { location: PLACES.sole });
    await app.inject({ method: "POST", url: `/api/events/${eventId}/confirm`, payload: {}, headers: { ...auth, "x-analyst": "moussa" } });
    expect((await auditOf(app, eventId))[0].who).toBe("moussa");
  });

  it("marks an event as not an event: hidden from lists unless asked for", async () => {
    const app = await server();
    const { eventId } = await ingest("Diapaga", { location: PLACES.diapaga });
    await post(app, `/api/events/${eventId}/reject`, { who: "amina", why: "a parade, not an attack" });
    expect((await app.inject({ method: "GET", url: "/api/events" })).json().events).toEqual([]);
    const all = (await app.inject({ method: "GET", url: "/api/events?include_rejected=true" })).json().events as ConflictEvent[];
    expect(all.map((e) => [e.id, e.review_status])).toEqual([[eventId, "rejected"]]);
  });

  it("corrects a field; the correction and the confirmation survive re-extraction of the document", async () => {
    const app = await server();
    const { eventId, documentId } = await ingest("Djibo", { location: PLACES.djibo, fatalities: deaths(12) });
    const corrected = await post(app, `/api/events/${eventId}/correct`, { field: "fatalities", value: 15, who: "amina", why: "army statement" });
    expect(corrected.status).toBe(200);
    expect(corrected.body.events[0].fatalities).toMatchObject({ low: 15, best: 15, high: 15 });
    await post(app, `/api/events/${eventId}/correct`, { field: "actor1", value: "JNIM", who: "amina" });
    await post(app, `/api/events/${eventId}/confirm`, { who: "moussa" });

    // A new extraction of the same document (say, after better rules) reads 12 again.
    const again = await store.reextractDocument(documentId, [event({ location: PLACES.djibo, fatalities: deaths(12), actor1: ACTORS.unidentified })], defaultMergePolicy);
    const id = again.eventIds[0];
    const detail = (await app.inject({ method: "GET", url: `/api/events/${id}` })).json();
    expect(detail.event.fatalities.best).toBe(15);
    expect(detail.event.actor1.name).toBe("JNIM");
    expect(detail.event.review_status).toBe("confirmed");
    // The source keeps what the text says; the event shows the analyst's value.
    expect(detail.event.sources[0].values.fatalities.best).toBe(12);
    const audit = detail.audit as AuditEntry[];
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["correct", "correct", "confirm"]));
    const fat = audit.find((a) => a.action === "correct" && JSON.stringify(a.after).includes("15"))!;
    expect(fat).toMatchObject({ who: "amina", why: "army statement" });
    expect(JSON.stringify(fat.before)).toContain("12");
  });

  it.each([
    [{ field: "colour", value: "red" }, "field"],
    [{ field: "fatalities" }, "value"],
    [{ field: "fatalities", value: -3 }, "value (fatalities)"],
    [{ field: "event_type", value: "Skirmish" }, "value (event_type)"],
    [{ field: "event_date", value: "yesterday" }, "value (event_date)"],
    [{ field: "verification", value: "rumour" }, "value (verification)"],
    [{ field: "civilian_targeting", value: "yes" }, "value (civilian_targeting)"],
    [{ field: "location", value: { name: "X" } }, "value (location)"],
  ])("rejects a bad correction %j", async (payload, field) => {
    const app = await server();
    const { eventId } = await ingest("Sole", { location: PLACES.sole });
    const { status, body } = await post(app, `/api/events/${eventId}/correct`, payload);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "validation_error", details: { field } });
  });

  it("merges two events into one, and splits a source back off", async () => {
    const app = await server();
    const a = await ingest("Sole", { location: PLACES.sole, event_date: "2025-05-11" });
    const b = await ingest("Djibo", { location: PLACES.djibo, event_date: "2025-05-01", fatalities: deaths(5) });
    expect(a.eventId).not.toBe(b.eventId);

    const merged = await post(app, `/api/events/${a.eventId}/merge`, { with: b.eventId, who: "amina", why: "same attack, two places named" });
    expect(merged.status).toBe(200);
    expect(merged.body.events).toHaveLength(1);
    expect(merged.body.events[0].id).toBe(a.eventId);
    expect(merged.body.events[0].sources.map((s) => s.document_id).sort()).toEqual([a.documentId, b.documentId].sort());
    expect((await app.inject({ method: "GET", url: `/api/events/${b.eventId}` })).statusCode).toBe(404);

    const split = await post(app, `/api/events/${a.eventId}/split`, { document_ids: [b.documentId], who: "moussa", why: "two attacks after all" });
    expect(split.status).toBe(200);
    expect(split.body.events).toHaveLength(2);
    const [kept, created] = split.body.events;
    expect(kept.sources.map((s) => s.document_id)).toEqual([a.documentId]);
    expect(created.sources.map((s) => s.document_id)).toEqual([b.documentId]);
    expect(created.location?.name).toBe("Djibo");

    const log = (await app.inject({ method: "GET", url: "/api/audit" })).json().entries as AuditEntry[];
    expect(log.map((e) => [e.action, e.who])).toEqual(expect.arrayContaining([["merge", "amina"], ["split", "moussa"]]));
    const filtered = (await app.inject({ method: "GET", url: `/api/audit?event_id=${a.eventId}` })).json().entries as AuditEntry[];
    expect(filtered.every((e) => e.event_id === a.eventId)).toBe(true);
  });

  it("validates merge and split requests", async () => {
    const app = await server();
    const a = await ingest("Sole", { location: PLACES.sole });
    const b = await ingest("Djibo", { location: PLACES.djibo, event_date: "2025-05-01" });
    expect((await post(app, `/api/events/${a.eventId}/merge`, { with: a.eventId })).body.error?.code).toBe("validation_error");
    expect((await post(app, `/api/events/${a.eventId}/merge`, {})).body.error?.message).toContain("with: is required");
    const missing = await post(app, `/api/events/${a.eventId}/merge`, { with: "nope" });
    expect([missing.status, missing.body.error?.code]).toEqual([404, "not_found"]);
    const foreign = await post(app, `/api/events/${a.eventId}/split`, { document_ids: [b.documentId] });
    expect([foreign.status, foreign.body.error?.message]).toEqual([400, expect.stringContaining("sources of this event")]);
    const all = await post(app, `/api/events/${a.eventId}/split`, { document_ids: [a.documentId] });
    expect(all.body.error?.message).toContain("at least one source");
    expect((await post(app, `/api/events/${a.eventId}/split`, { document_ids: [] })).status).toBe(400);
    expect((await post(app, `/api/events/nope/confirm`, {})).status).toBe(404);
    expect((await post(app, `/api/events/${a.eventId}/confirm`, { who: 7 })).body.error?.message).toContain("who: must be a string");
  });
});
