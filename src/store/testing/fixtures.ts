import { createHash } from "node:crypto";
import type { ActorRef, DocumentInput, EventLocation, ExtractedEvent, InterCode } from "../../domain/index.js";

/**
 * Hand-built documents and events for the store's contract tests: what extraction and
 * geocoding would hand the store, written out so that each test says exactly what it stores.
 */

export function doc(
  text: string,
  options: { title?: string; publishedAt?: string | null; source?: string; url?: string; bytes?: Uint8Array } = {},
): DocumentInput {
  const contentHash = createHash("sha256").update(text).digest("hex");
  const url = options.url ?? `https://news.example/${contentHash.slice(0, 8)}`;
  return {
    clean: {
      origin: url,
      url,
      title: options.title ?? null,
      publishedAt: options.publishedAt ?? null,
      publishedAtOrigin: options.publishedAt ? "meta" : "unknown",
      sourceName: options.source ?? "Example News",
      language: "en",
      text,
      contentHash,
      encoding: "utf-8",
      furnitureRemoved: 0,
    },
    raw: {
      origin: url,
      url,
      bytes: options.bytes ?? new TextEncoder().encode(`<html><body><p>${text}</p></body></html>`),
      contentType: "text/html",
      hints: { title: options.title ?? null },
    },
  };
}

export const ACTORS = {
  jnim: actor("JNIM", "JNIM: Group for Support of Islam and Muslims", 2),
  isSahel: actor("Islamic State Sahel", "Islamic State (Sahel)", 2),
  army: actor("Military Forces of Burkina Faso", "Military Forces of Burkina Faso (2022-)", 1),
  vdp: actor("VDP", "VDP: Volunteers for the Defense of the Homeland", 3),
  civilians: actor("Civilians", "Civilians (Burkina Faso)", 7),
  unidentified: actor("Unidentified Armed Group", "Unidentified Armed Group (Burkina Faso)", 2),
};

export function actor(name: string, acled_name: string, inter: InterCode): ActorRef {
  return { name, acled_name, inter };
}

export function place(
  name: string,
  latitude: number | null,
  longitude: number | null,
  admin1: string,
  admin2: string,
  options: { country?: string; iso3?: string; precision?: 1 | 2 | 3; id?: string } = {},
): EventLocation {
  return {
    name,
    country: options.country ?? "Burkina Faso",
    iso3: options.iso3 ?? "BFA",
    admin1,
    admin2,
    admin3: null,
    latitude,
    longitude,
    geo_precision: options.precision ?? 1,
    gazetteer_id: options.id ?? `gn:${name.toLowerCase()}`,
  };
}

export const PLACES = {
  sole: place("Sole", 14.133, -2.109, "Nord", "Loroum"),
  /** About 4 km from Sole. */
  soleOutskirts: place("Sole outskirts", 14.16, -2.09, "Nord", "Loroum", { precision: 2, id: "gn:sole-outskirts" }),
  djibo: place("Djibo", 14.1, -1.627, "Sahel", "Soum"),
  diapaga: place("Diapaga", 12.07, 1.788, "Est", "Tapoa"),
  gnagna: place("Gnagna", 12.9, 0.3, "Est", "Gnagna", { precision: 3, id: "adm2:gnagna" }),
  kaya: place("Kaya", 13.092, -1.084, "Centre-Nord", "Sanmatenga"),
  menaka: place("Menaka", 15.918, 2.402, "Menaka", "Menaka", { country: "Mali", iso3: "MLI" }),
};

/** An extracted (and geocoded) event; every field can be overridden. */
export function event(overrides: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    event_type: "Battles",
    sub_event_type: "Armed clash",
    event_date: "2025-05-11",
    date_precision: "day",
    actor1: ACTORS.jnim,
    actor2: ACTORS.army,
    assoc_actors: [],
    civilian_targeting: false,
    location: PLACES.sole,
    fatalities: { low: null, best: null, high: null, text: null },
    verification: "reported",
    claimed_by: null,
    claim_relayed_by: null,
    weapons: [],
    notes: "JNIM militants clashed with the military.",
    place: null,
    start: 0,
    end: 10,
    evidence: [{ field: "event_type", text: "clashed", start: 0, end: 7, rule: "test/fixture", stated: true }],
    ...overrides,
  };
}

export function deaths(low: number | null, best: number | null = low, text: string | null = null): ExtractedEvent["fatalities"] {
  return { low, best, high: best, text };
}

/** A report body of some 600 words (near-duplicate fingerprints are meant for article-length texts). */
export function longText(topic: string, extra = ""): string {
  const subjects = ["Residents", "A local official", "A humanitarian worker", "A security source", "A teacher", "A trader", "A nurse", "A farmer"];
  const verbs = ["said", "told reporters", "explained by telephone", "recalled", "added", "confirmed"];
  const facts = [
    "the assailants arrived on motorbikes before dawn and fought soldiers for several hours",
    "families had begun leaving the surrounding villages for the regional capital",
    "reinforcements and air support were sent to the area during the afternoon",
    "the market stayed closed and the road to the south was cut for two days",
    "several houses and a health centre were burnt before the attackers withdrew north",
    "the toll was not given by the authorities, citing security reasons",
    "attacks on isolated posts in the province have multiplied since the start of the year",
  ];
  const sentences = [`Reports from ${topic} describe a morning attack by armed men against a military post.`];
  for (let i = 0; i < 36; i++) {
    sentences.push(`${subjects[i % subjects.length]} ${verbs[i % verbs.length]} that ${facts[i % facts.length]} (account ${i + 1}).`);
  }
  return `${sentences.join(" ")}${extra ? ` ${extra}` : ""}`;
}
