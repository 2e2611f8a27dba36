import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateRuleInput } from "../../src/alerts/index.js";
import type { Store } from "../../src/domain/index.js";
import { InputError } from "../../src/domain/index.js";
import { defaultMergePolicy } from "../../src/merge/index.js";
import { openAlertsSession, type AlertsSession } from "../../src/pipeline/alerts-hook.js";
import { buildServer } from "../../src/serve/index.js";
import { openStore } from "../../src/store/index.js";
import { deaths, doc, event, longText, PLACES } from "../../src/store/testing/fixtures.js";

/**
 * Review actions in the dashboard are checked against the alert rules like ingests: a
 * correction that makes an event match fires, a further material change fires an update,
 * and a rejected event fires nothing. Real SQLite store, real alert registry, in-process HTTP.
 */
describe("alert rules after review actions", () => {
  let dir: string;
  let store: Store;
  let session: AlertsSession;
  let app: FastifyInstance;
  let log: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cw-review-alerts-"));
    const location = join(dir, "cw.db");
    store = await openStore(location);
    session = await openAlertsSession(location, store, {});
    log = join(dir, "alerts.jsonl");
    await session.registry.addRule(
      validateRuleInput({ name: "Ten or more killed in Burkina Faso", kind: "match", criteria: { area: { kind: "admin", units: [{ country: "BFA" }] }, minFatalities: 10 }, channels: [{ kind: "log", path: log }] }),
    );
    app = await buildServer(
      {
        store,
        policy: defaultMergePolicy,
        submitReport: async () => {
          throw new InputError("pasted report", "not used in this test");
        },
        writeEvents: async () => 0,
        afterReview: (ids) => session.check(ids),
      },
      { host: "127.0.0.1", port: 0, token: null, openMode: true, dashboardDir: null },
    );
  });
  afterAll(async () => {
    await app.close();
    await session.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fired = (): Array<{ alert: { kind: string }; event: { id: string } }> =>
    existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").map((line) => JSON.parse(line)) : [];
  const post = (url: string, payload: object) => app.inject({ method: "POST", url, payload });

  it("fires when a correction makes an event match, updates on a material change, and stays quiet on a rejected event", async () => {
    const sole = await store.ingestDocument(doc(longText("Sole, first report"), { publishedAt: "2025-05-13" }), [event({ location: PLACES.sole, fatalities: deaths(4) })], defaultMergePolicy);
    const djibo = await store.ingestDocument(doc(longText("Djibo, first report"), { publishedAt: "2025-05-13" }), [event({ location: PLACES.djibo, fatalities: deaths(3) })], defaultMergePolicy);
    const soleId = sole.eventIds[0];
    const djiboId = djibo.eventIds[0];

    expect((await post(`/api/events/${soleId}/confirm`, {})).statusCode).toBe(200);
    expect(fired()).toEqual([]);

    expect((await post(`/api/events/${soleId}/correct`, { field: "fatalities", value: 12, who: "amina" })).statusCode).toBe(200);
    expect(fired().map((a) => [a.alert.kind, a.event.id])).toEqual([["new", soleId]]);

    expect((await post(`/api/events/${soleId}/correct`, { field: "fatalities", value: 30, who: "amina" })).statusCode).toBe(200);
    expect(fired().map((a) => a.alert.kind)).toEqual(["new", "update"]);

    expect((await post(`/api/events/${djiboId}/reject`, {})).statusCode).toBe(200);
    expect((await post(`/api/events/${djiboId}/correct`, { field: "fatalities", value: 40, who: "amina" })).statusCode).toBe(200);
    expect(fired()).toHaveLength(2);
  });
});
