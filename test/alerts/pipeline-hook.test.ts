import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateRuleInput } from "../../src/alerts/index.js";
import type { Store } from "../../src/domain/index.js";
import { openAlertsSession, type AlertsSession } from "../../src/pipeline/alerts-hook.js";
import { DEFAULT_INGEST_OPTIONS, ingestInputs, loadServices, type Services } from "../../src/pipeline/index.js";
import { openStore } from "../../src/store/index.js";
import { HAS_SHARED, SHARED_SKIP_REASON, sharedPath } from "../support/shared-data.js";

describe.skipIf(!HAS_SHARED)(`alerts on the seed reports ingested through the real pipeline ${HAS_SHARED ? "" : SHARED_SKIP_REASON}`, () => {
  let dir: string;
  let store: Store;
  let session: AlertsSession;
  let services: Services;
  const seed003 = () => sharedPath("seeds", "003_759c32ae1b69e638.txt");

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cw-hook-"));
    const location = join(dir, "cw.db");
    store = await openStore(location);
    session = await openAlertsSession(location, store, {});
    services = loadServices();
  });
  afterAll(async () => {
    await session.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("fires on what `ingest` stores, once: ingesting or checking again fires nothing", async () => {
    const log = join(dir, "alerts.jsonl");
    await session.registry.addRule(validateRuleInput({ name: "Burkina claims", kind: "match", criteria: { area: { kind: "admin", units: [{ country: "BFA" }] }, verification: ["claimed"] }, channels: [{ kind: "log", path: log }] }));
    const options = { ...DEFAULT_INGEST_OPTIONS, hints: { publishedAt: "2025-05-13", publishedAtOverride: true } };
    const first = await ingestInputs([seed003()], options, store, services);
    const result = await session.check(first.touchedEventIds);

    let claimed = 0;
    for await (const e of store.iterateEvents({ country: "BFA", verification: ["claimed"] })) claimed += 1;
    expect(claimed).toBeGreaterThan(0);
    expect(result.fired.map((a) => a.kind)).toEqual(Array(claimed).fill("new"));
    const lines = readFileSync(log, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.every((l) => l.event.verification === "claimed" && l.event.location.country === "Burkina Faso")).toBe(true);

    const again = await ingestInputs([seed003()], options, store, services);
    expect((await session.check(again.touchedEventIds)).fired).toEqual([]);
    // Checking the same events again (a retry, or a review touching them) fires nothing either.
    expect((await session.check(first.touchedEventIds)).fired).toEqual([]);
  });
});
