import { describe, expect, it } from "vitest";
import type { ActorRef, ConflictEvent, EventLocation, EventSource, EventValues } from "../domain/index.js";
import { combine, decide, defaultMergePolicy, hammingDistance, isNearDuplicate, simhash } from "./index.js";

const jnim: ActorRef = { name: "JNIM", acled_name: "JNIM: Group for Support of Islam and Muslims", inter: 2 };
const isSahel: ActorRef = { name: "Islamic State Sahel", acled_name: "Islamic State (Sahel)", inter: 2 };
const army: ActorRef = { name: "Military Forces of Burkina Faso", acled_name: "Military Forces of Burkina Faso (2022-)", inter: 1 };
const unidentified: ActorRef = { name: "Unidentified Armed Group", acled_name: "Unidentified Armed Group (Burkina Faso)", inter: 2 };
const vdp: ActorRef = { name: "VDP", acled_name: "VDP: Volunteers for the Defense of the Homeland", inter: 3 };

function loc(name: string, latitude: number | null, longitude: number | null, admin2: string, precision: 1 | 2 | 3 = 1, iso3 = "BFA"): EventLocation {
  return { name, country: "Burkina Faso", iso3, admin1: "Nord", admin2, admin3: null, latitude, longitude, geo_precision: precision, gazetteer_id: `gn:${name}` };
}

const SOLE = loc("Sole", 14.133, -2.109, "Loroum");
const NEAR_SOLE = loc("Sole area", 14.16, -2.09, "Loroum", 2); // ~3.6 km
const TITAO = loc("Titao", 13.767, -2.074, "Loroum"); // ~41 km, same province
const LOROUM = loc("Loroum", 13.8, -2.1, "Loroum", 3);

function values(o: Partial<EventValues> = {}): EventValues {
  return {
    event_type: "Battles", sub_event_type: "Armed clash", event_date: "2025-05-11", date_precision: "day",
    actor1: jnim, actor2: army, assoc_actors: [], civilian_targeting: false, location: SOLE,
    fatalities: { low: null, best: null, high: null, text: null }, verification: "reported", claimed_by: null,
    claim_relayed_by: null, weapons: [], notes: "note", ...o,
  };
}

function stored(id: string, o: Partial<EventValues> = {}): ConflictEvent {
  return { ...values(o), id, sources: [], review_status: "auto", created_at: "", updated_at: "" };
}

function source(doc: string, published: string | null, o: Partial<EventValues>): EventSource {
  return { document_id: doc, url: null, title: null, published_at: published, source_name: null, values: values(o), evidence: [] };
}

describe("decide: one event or two", () => {
  const cases: Array<[string, Partial<EventValues>, Partial<EventValues>, boolean]> = [
    ["same day, same place", {}, {}, true],
    ["a day apart (night attack reported the next day)", { event_date: "2025-05-12" }, {}, true],
    ["three days apart", { event_date: "2025-05-14" }, {}, false],
    ["week precision covering the day", { event_date: "2025-05-15", date_precision: "week" }, {}, true],
    ["month precision covering the day", { event_date: "2025-05-31", date_precision: "month" }, {}, true],
    ["month precision of another month", { event_date: "2025-03-31", date_precision: "month" }, {}, false],
    ["4 km apart", { location: NEAR_SOLE }, {}, true],
    ["41 km apart in one province", { location: TITAO }, {}, false],
    ["province-level report, same province", { location: LOROUM }, {}, true],
    ["no location", { location: null }, {}, false],
    ["other country", { location: { ...SOLE, iso3: "MLI" } }, {}, false],
    ["clash vs attack on civilians", { event_type: "Violence against civilians", sub_event_type: "Attack" }, {}, true],
    ["clash vs strategic development", { event_type: "Strategic developments", sub_event_type: "Other" }, {}, false],
    ["unidentified vs JNIM", { actor1: unidentified }, {}, true],
    ["sides named the other way round", { actor1: army, actor2: jnim }, {}, true],
    ["IS Sahel vs JNIM as attacker", { actor1: isSahel }, {}, false],
    ["different targets (VDP vs army)", { actor2: vdp }, {}, false],
    ["unknown date, same exact place", { event_date: null, date_precision: "unknown" }, {}, true],
    ["unknown date, nearby place only", { event_date: null, date_precision: "unknown", location: NEAR_SOLE }, {}, false],
  ];
  for (const [name, incoming, existing, merges] of cases) {
    it(`${merges ? "merges" : "keeps apart"}: ${name}`, () => {
      const decision = decide(values(incoming), [stored("ev_x", existing)]);
      expect(decision.kind).toBe(merges ? "merge" : "new");
    });
  }

  it("picks the closest compatible candidate, whatever the order", () => {
    const far = stored("ev_far", { location: loc("Far", 14.2, -2.109, "Loroum") }); // ~7.5 km
    const near = stored("ev_near", { location: NEAR_SOLE });
    for (const order of [[far, near], [near, far]]) {
      expect(decide(values(), order)).toMatchObject({ kind: "merge", eventId: "ev_near" });
    }
    expect(decide(values(), [])).toEqual({ kind: "new" });
  });
});

describe("combine: the merged row", () => {
  it("keeps the lowest count, the independent best, and says disputed when a claim contradicts a report", () => {
    const merged = combine([
      source("doc_b", "2025-05-13", { fatalities: { low: 10, best: 12, high: 15, text: "at least 10" }, verification: "reported", actor1: unidentified }),
      source("doc_a", "2025-05-12", { fatalities: { low: 60, best: 60, high: 60, text: "60" }, verification: "claimed", claimed_by: "JNIM", location: NEAR_SOLE }),
    ]);
    expect(merged.fatalities).toEqual({ low: 10, best: 12, high: 60, text: "at least 10" });
    expect(merged.verification).toBe("disputed");
    expect(merged.actor1).toEqual(jnim);
    expect(merged.location).toEqual(SOLE);
    expect(merged.claimed_by).toBe("JNIM");
  });

  it("prefers confirmed over reported over claimed when sources agree", () => {
    const merged = combine([
      source("a", "2025-05-12", { verification: "claimed", claimed_by: "JNIM", fatalities: { low: 12, best: 12, high: 12, text: null } }),
      source("b", "2025-05-13", { verification: "confirmed", fatalities: { low: 11, best: 11, high: 11, text: null }, notes: "confirmed note" }),
      source("c", "2025-05-14", { verification: "reported" }),
    ]);
    expect(merged.verification).toBe("confirmed");
    expect(merged.notes).toBe("confirmed note");
    expect(merged.fatalities.low).toBe(11);
  });

  it("takes the most precise date and location, the union of weapons, and does not depend on source order", () => {
    const a = source("a", "2025-05-12", { event_date: "2025-05-15", date_precision: "week", location: LOROUM, weapons: [{ name: "RPG-7", category: "launcher", origin_country: null, captured_by: "JNIM", captured_from: null }] });
    const b = source("b", "2025-05-13", { event_date: "2025-05-11", date_precision: "day", civilian_targeting: true, weapons: [{ name: "RPG-7", category: "launcher", origin_country: null, captured_by: "JNIM", captured_from: null }, { name: "AK-47", category: "rifle", origin_country: null, captured_by: "JNIM", captured_from: null }] });
    const merged = combine([a, b]);
    expect(merged).toMatchObject({ event_date: "2025-05-11", date_precision: "day", civilian_targeting: true });
    expect(merged.location).toEqual(SOLE);
    expect(merged.weapons.map((w) => w.name)).toEqual(["RPG-7", "AK-47"]);
    expect(combine([b, a])).toEqual(merged);
  });

  it("returns a single source's values as they are", () => {
    const only = source("a", null, { fatalities: { low: 3, best: 4, high: 5, text: "3 to 5" } });
    expect(combine([only])).toEqual(only.values);
  });
});

describe("fingerprints", () => {
  const article = Array.from({ length: 80 }, (_, i) => `Sentence ${i} tells how fighters attacked the post at dawn near village ${i % 7}.`).join(" ");

  it("finds copies with a changed footer and not other texts", () => {
    const fp = simhash(article);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(article)).toBe(fp);
    expect(isNearDuplicate(fp, simhash(article.toUpperCase().replace(/\./g, " ;")))).toBe(true);
    expect(isNearDuplicate(fp, simhash(`${article} Share this.`))).toBe(true);
    expect(isNearDuplicate(fp, simhash("A protest over bread prices took place in the capital on Friday, organisers said."))).toBe(false);
    expect(hammingDistance(fp, "zz")).toBe(Infinity);
    expect(defaultMergePolicy.isNearDuplicate(fp, fp)).toBe(true);
  });
});
