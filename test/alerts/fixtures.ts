import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AlertRegistry, AlertRuleInput } from "../../src/domain/alerts.js";
import type { DocumentInput, EventLocation, ExtractedEvent, Store } from "../../src/domain/index.js";
import { defaultMergePolicy } from "../../src/merge/index.js";
import { openAlertRegistry } from "../../src/store/alerts/index.js";
import { openStore } from "../../src/store/index.js";
import { ACTORS, actor, event as storeEvent } from "../../src/store/testing/fixtures.js";
import postgres from "postgres";

/** Hand-built reports and events, as extraction and geocoding would hand them to the store. */

let docCounter = 0;

export function doc(text: string, options: { title?: string; publishedAt?: string | null; source?: string } = {}): DocumentInput {
  docCounter += 1;
  const body = `${text} (report ${docCounter})`;
  const contentHash = createHash("sha256").update(body).digest("hex");
  const url = `https://news.example/${contentHash.slice(0, 10)}`;
  return {
    clean: {
      origin: url, url, title: options.title ?? text.slice(0, 60), publishedAt: options.publishedAt ?? null,
      publishedAtOrigin: options.publishedAt ? "meta" : "unknown", sourceName: options.source ?? "Example News",
      language: "en", text: body, contentHash, encoding: "utf-8", furnitureRemoved: 0,
    },
    raw: { origin: url, url, bytes: new TextEncoder().encode(body), contentType: "text/plain", hints: {} },
  };
}

/** Actors are the store contract tests' own: alert tests name the same armed groups. */
export { actor, ACTORS };

export function place(name: string, latitude: number, longitude: number, admin1: string, admin2: string, country = "Burkina Faso", iso3 = "BFA"): EventLocation {
  return { name, country, iso3, admin1, admin2, admin3: null, latitude, longitude, geo_precision: 1, gazetteer_id: `test:${name.toLowerCase()}` };
}

export const PLACES = {
  djibo: place("Djibo", 14.1, -1.627, "Sahel", "Soum"),
  arbinda: place("Arbinda", 14.23, -0.866, "Sahel", "Soum"),
  sole: place("Sole", 14.133, -2.109, "Nord", "Loroum"),
  kaya: place("Kaya", 13.092, -1.084, "Centre-Nord", "Sanmatenga"),
  diapaga: place("Diapaga", 12.07, 1.788, "Est", "Tapoa"),
  menaka: place("Menaka", 15.918, 2.402, "Menaka", "Menaka", "Mali", "MLI"),
};

/** The store tests' clash between JNIM and the army, placed by default in Djibo (alert areas are drawn around it). */
export function event(overrides: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return storeEvent({ location: PLACES.djibo, ...overrides });
}

export function deaths(n: number): ExtractedEvent["fatalities"] {
  return { low: n, best: n, high: n, text: `${n} killed` };
}

/** Store one report with its events; returns the stored event ids. */
export async function report(store: Store, text: string, events: ExtractedEvent[], publishedAt = "2025-05-12"): Promise<string[]> {
  const outcome = await store.ingestDocument(doc(text, { publishedAt }), events, defaultMergePolicy);
  return outcome.eventIds;
}

export function rule(name: string, overrides: Partial<AlertRuleInput> = {}): AlertRuleInput {
  return { name, kind: "match", criteria: {}, channels: [], ...overrides };
}

export const TEST_PG = process.env.CONFLICTWATCH_TEST_PG ?? null;
let schemaCounter = 0;

/** A fresh store and alert registry at the same location, as the CLI opens them: a temporary SQLite file, or a new PostgreSQL schema. */
export async function openTestDb(backend: "sqlite" | "postgres" = "sqlite"): Promise<{ store: Store; registry: AlertRegistry; path: string; close: () => Promise<void> }> {
  if (backend === "postgres") {
    schemaCounter += 1;
    const schema = `cw_alerts_${process.pid}_${Date.now().toString(36)}_${schemaCounter}`;
    const location = `${TEST_PG}?schema=${schema}`;
    const store = await openStore(location);
    const registry = openAlertRegistry(location);
    await registry.migrate();
    return {
      store, registry, path: location,
      close: async () => {
        await registry.close();
        await store.close();
        const sql = postgres(TEST_PG!, { onnotice: () => undefined });
        await sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await sql.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "cw-alerts-"));
  const path = join(dir, "conflictwatch.db");
  const store = await openStore(path);
  const registry = openAlertRegistry(path);
  await registry.migrate();
  return {
    store, registry, path,
    close: async () => {
      await registry.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
