import { describe, expect, it } from "vitest";
import type { ConflictEvent, EventSource } from "../domain/event.js";
import { previousPeriod, weeksOf } from "./period.js";
import { contestReasons, summarise } from "./summarise.js";

const JNIM = { name: "JNIM", acled_name: "JNIM: Group for Support of Islam and Muslims", inter: 2 as const };
const ARMY = { name: "Military Forces of Burkina Faso", acled_name: "Military Forces of Burkina Faso (2022-)", inter: 1 as const };
const VDP = { name: "VDP", acled_name: "VDP", inter: 3 as const };

function ev(id: string, date: string, killed: number | null, extra: Partial<ConflictEvent> = {}): ConflictEvent {
  return {
    id, event_type: "Battles", sub_event_type: "Armed clash", event_date: date, date_precision: "day", actor1: JNIM, actor2: ARMY, assoc_actors: [],
    civilian_targeting: false, location: { name: "Djibo", country: "Burkina Faso", iso3: "BFA", admin1: "Sahel", admin2: "Soum", admin3: null, latitude: 14.1, longitude: -1.6, geo_precision: 1, gazetteer_id: null },
    fatalities: { low: killed, best: killed, high: killed, text: null }, verification: "reported", claimed_by: null, claim_relayed_by: null, weapons: [], notes: "",
    sources: [], review_status: "auto", created_at: "", updated_at: "", ...extra,
  };
}

function source(killed: number, sub = "Armed clash"): EventSource {
  return { document_id: `d${killed}`, url: null, title: null, published_at: null, source_name: null, evidence: [], values: { ...ev("x", "2025-05-11", killed), sub_event_type: sub } as never };
}

describe("situation report figures", () => {
  it("previous period has the same length and ends the day before", () => {
    expect(previousPeriod({ from: "2025-05-05", to: "2025-06-01" })).toEqual({ from: "2025-04-07", to: "2025-05-04" });
    expect(weeksOf({ from: "2025-05-07", to: "2025-05-20" })).toEqual(["2025-05-05", "2025-05-12", "2025-05-19"]);
  });

  it("counts events, fatalities, claims, actors, pairs, weeks and weapons", () => {
    const events = [
      ev("a", "2025-05-06", 10, { verification: "claimed", claimed_by: "JNIM" }),
      ev("b", "2025-05-13", 3, { actor2: VDP, civilian_targeting: true, weapons: [{ name: "PKM", category: "machine gun", origin_country: "Russia", captured_by: "JNIM", captured_from: "VDP" }, { name: "IED", category: "explosive", origin_country: null, captured_by: null, captured_from: null }] }),
      ev("c", "2025-05-14", null, { location: null }),
    ];
    const s = summarise(events, [ev("p", "2025-04-20", 2)], { from: "2025-05-05", to: "2025-05-18" }, { from: "2025-04-21", to: "2025-05-04" });
    expect(s.current).toEqual({ events: 3, fatalities: 13, claimedFatalities: 10, civilianTargeting: 1, actors: 3, locations: 1 });
    expect(s.before.events).toBe(1);
    expect(s.weekly).toEqual([{ key: "2025-05-05", events: 1, fatalities: 10 }, { key: "2025-05-12", events: 2, fatalities: 3 }]);
    expect(s.byActor[0]).toEqual({ key: "JNIM", events: 3, fatalities: 13 });
    expect(s.actorPairs).toEqual([
      { key: "JNIM", key2: "Military Forces of Burkina Faso", events: 2, fatalities: 10 },
      { key: "JNIM", key2: "VDP", events: 1, fatalities: 3 },
    ]);
    expect(s.weapons.map((w) => w.name)).toEqual(["PKM"]);
    expect(s.deadliest.map((e) => e.id)).toEqual(["a", "b"]);
    expect(s.mapped.map((e) => e.id)).toEqual(["a", "b"]);
    expect(s.unmapped).toBe(1);
    expect(s.contested.map((c) => c.event.id)).toEqual(["a"]);
  });

  it("says why an event needs caution: a claim, a dispute, or sources that disagree", () => {
    expect(contestReasons(ev("a", "2025-05-06", 60, { verification: "claimed", claimed_by: "JNIM", claim_relayed_by: "SITE Intelligence Group" }))).toEqual(["only claimed by JNIM via SITE Intelligence Group; not independently confirmed"]);
    expect(contestReasons(ev("b", "2025-05-06", 9, { verification: "disputed", sources: [source(31), source(9, "Attack")] }))).toEqual([
      "reports dispute what happened",
      "sources give 9, 31 killed",
      "sources code it as Armed clash / Attack",
    ]);
    expect(contestReasons(ev("c", "2025-05-06", 9, { sources: [source(9), source(9)] }))).toEqual([]);
  });
});
