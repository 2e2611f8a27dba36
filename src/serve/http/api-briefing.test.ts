import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alertRulesApi } from "../../pipeline/index.js";
import type { AlertRegistry } from "../../domain/alerts.js";
import type { Store } from "../../domain/index.js";
import { defaultMergePolicy } from "../../merge/index.js";
import { renderReportHtml } from "../../report/index.js";
import { sourcesOverview } from "../../pipeline/jobs/index.js";
import { openAlertRegistry } from "../../store/alerts/index.js";
import { openSourceRegistry } from "../../store/sources/index.js";
import { openStore } from "../../store/index.js";
import { deaths, doc, event, longText, PLACES } from "../../store/testing/fixtures.js";
import { buildServer, type ServeDeps } from "../index.js";

/** Situation reports and alert rules over HTTP, with the real report renderer and alert registry. */
const TOKEN = "s3cret-token-for-tests";
const auth = { authorization: `Bearer ${TOKEN}` };
let dir: string;
let store: Store;
let registry: AlertRegistry;
let app: FastifyInstance;

function deps(withBriefing: boolean): ServeDeps {
  const base: ServeDeps = {
    store,
    policy: defaultMergePolicy,
    submitReport: async () => {
      throw new Error("not used here");
    },
    writeEvents: async () => 0,
  };
  if (!withBriefing) return base;
  return {
    ...base,
    briefing: {
      renderReportHtml: (filter, options) => renderReportHtml(store, filter, { ...options, generatedAt: new Date("2025-06-01T00:00:00Z") }),
      printReportPdf: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    },
    alertRules: alertRulesApi(registry, store),
  };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "cw-briefing-"));
  const location = join(dir, "b.db");
  store = await openStore(location);
  await store.migrate();
  registry = openAlertRegistry(location);
  await registry.migrate();
  await store.ingestDocument(
    doc(longText("Sole"), { title: "Sole", publishedAt: "2025-05-13" }),
    [event({ location: PLACES.sole, fatalities: deaths(60), event_date: "2025-05-11" })],
    defaultMergePolicy,
  );
  app = await buildServer(deps(true), { host: "127.0.0.1", port: 0, token: TOKEN, openMode: false, dashboardDir: null });
});

afterEach(async () => {
  await app.close();
  await registry.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("situation report for the current view", () => {
  it("renders the view's filter as a self-contained HTML briefing", async () => {
    const res = await app.inject({ url: "/api/report.html?from=2025-05-01&to=2025-05-31&country=BFA&title=Weekly%20brief" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/html/);
    expect(res.body).toContain("Weekly brief");
    expect(res.body).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });

  it("rejects an unknown parameter with the one error shape", async () => {
    const res = await app.inject({ url: "/api/report.html?colour=red" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBeTruthy();
  });

  it("answers 501 in the error shape when the server has no report module", async () => {
    const bare = await buildServer(deps(false), { host: "127.0.0.1", port: 0, token: TOKEN, openMode: false, dashboardDir: null });
    const res = await bare.inject({ url: "/api/report.html" });
    expect(res.statusCode).toBe(501);
    expect(res.json()).toMatchObject({ error: { code: "not_available" } });
    await bare.close();
  });
});

describe("watched sources over the API", () => {
  it("lists each source with its polling state, one by name, and 404s an unknown one", async () => {
    const location = join(dir, "b.db");
    const sources = await openSourceRegistry(location);
    await sources.add({ name: "Sahel Monitor", url: "https://example.org/feed.xml", kind: "feed", interval_seconds: 900, language: "en", country: "BFA", reliability: "wire copy, fast" });
    const withSources = await buildServer(
      {
        ...deps(true),
        sources: {
          overview: async (which) => {
            if (!which) return sourcesOverview(sources, location);
            const source = await sources.get(which);
            return source ? sourcesOverview(sources, location, source) : null;
          },
        },
      },
      { host: "127.0.0.1", port: 0, token: TOKEN, openMode: false, dashboardDir: null },
    );
    const all = await withSources.inject({ url: "/api/sources" });
    expect(all.statusCode).toBe(200);
    expect(all.json().sources[0]).toMatchObject({ name: "Sahel Monitor", reliability: "wire copy, fast" });
    expect((await withSources.inject({ url: "/api/sources?source=Sahel%20Monitor" })).json().sources).toHaveLength(1);
    expect((await withSources.inject({ url: "/api/sources?source=nope" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/api/sources" })).statusCode).toBe(501);
    await withSources.close();
    await sources.close();
  });
});

describe("alert rules over the API", () => {
  const rule = { name: "sahel-deadly", kind: "match", criteria: { minFatalities: 10 }, channels: [{ kind: "webhook", url: "http://127.0.0.1:9/hook", secret: "topsecret" }] };

  it("needs the token to add a rule, lists it with its secret hidden, tests it and removes it", async () => {
    const refused = await app.inject({ method: "POST", url: "/api/alerts/rules", payload: rule });
    expect(refused.statusCode).toBe(401);
    const added = await app.inject({ method: "POST", url: "/api/alerts/rules", payload: rule, headers: auth });
    expect(added.statusCode).toBe(201);
    const listed = await app.inject({ url: "/api/alerts/rules" });
    expect(JSON.stringify(listed.json())).toContain("sahel-deadly");
    expect(JSON.stringify(listed.json())).not.toContain("topsecret");
    const tested = await app.inject({ url: "/api/alerts/rules/sahel-deadly/test" });
    expect(tested.statusCode).toBe(200);
    expect(tested.json().would_fire).toHaveLength(1);
    const removed = await app.inject({ method: "DELETE", url: "/api/alerts/rules/sahel-deadly", headers: auth });
    expect(removed.statusCode).toBe(200);
    const gone = await app.inject({ url: "/api/alerts/rules/sahel-deadly/test" });
    expect(gone.statusCode).toBe(404);
  });

  it("refuses an invalid rule with a clear message", async () => {
    const res = await app.inject({ method: "POST", url: "/api/alerts/rules", payload: { name: "" }, headers: auth });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.message).toBeTruthy();
  });

  it("lists fired alerts and deliveries", async () => {
    expect((await app.inject({ url: "/api/alerts/fired" })).json()).toEqual({ alerts: [] });
    expect((await app.inject({ url: "/api/alerts/deliveries?limit=5" })).json()).toEqual({ deliveries: [] });
  });
});
