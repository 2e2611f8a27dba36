import { describe, expect, it } from "vitest";
import type { ActorRef, ExtractedEvent } from "../../domain/index.js";
import { localiseActors, relocaliseActors } from "./localise-actors.js";

function event(actor1: ActorRef | null, actor2: ActorRef | null, date: string | null = "2025-05-11"): ExtractedEvent {
  return {
    event_type: "Violence against civilians", sub_event_type: "Attack", event_date: date, date_precision: "day",
    actor1, actor2, assoc_actors: [], civilian_targeting: true, location: null,
    fatalities: { low: null, best: null, high: null, text: null }, verification: "reported", claimed_by: null,
    claim_relayed_by: null, weapons: [], notes: "", place: null, start: 0, end: 0, evidence: [],
  };
}

const ref = (name: string, acled_name = name, inter: ActorRef["inter"] = 7): ActorRef => ({ name, acled_name, inter });

describe("actors take the country the event was placed in when the text gave none", () => {
  it.each([
    ["Civilians", "MLI", "Civilians (Mali)"],
    ["Unidentified Armed Group", "BFA", "Unidentified Armed Group (Burkina Faso)"],
    ["Protesters", "NER", "Protesters (Niger)"],
    ["Fulani Ethnic Militia", "MLI", "Fulani Ethnic Militia (Mali)"],
  ])("%s placed in %s is %s", (name, iso3, expected) => {
    const out = localiseActors(event(ref(name), null), iso3);
    expect(out.actor1?.acled_name).toBe(expected);
  });

  it("state forces get the country and the regime period of the event's date", () => {
    const out = localiseActors(event(null, ref("Military Forces", "Military Forces", 1), "2023-02-01"), "BFA");
    expect(out.actor2?.acled_name).toBe("Military Forces of Burkina Faso (2022-)");
    expect(out.actor2?.name).toBe("Military Forces of Burkina Faso");
  });

  it("never overwrites a country the text gave, nor a named group", () => {
    const malian = ref("Civilians (Mali)");
    const jnim = ref("JNIM", "JNIM: Group for Support of Islam and Muslims", 2);
    const out = localiseActors(event(jnim, malian), "BFA");
    expect(out.actor1).toEqual(jnim);
    expect(out.actor2).toEqual(malian);
  });

  it("leaves everything as it is when the event has no country", () => {
    const e = event(ref("Civilians"), null);
    expect(localiseActors(e, null)).toBe(e);
  });
});

describe("a placed event's actors take the place's country when extraction had guessed another", () => {
  /** The event spans the whole text; `said` marks the actors' own words ([field, words]). */
  function placed(actor1: ActorRef | null, actor2: ActorRef | null, text: string, said: Array<[string, string]> = [], date = "2019-09-14"): ExtractedEvent {
    const evidence = said.map(([field, words]) => ({ field, text: words, start: text.indexOf(words), end: text.indexOf(words) + words.length, rule: "test", stated: true }));
    return { ...event(actor1, actor2, date), end: text.length, evidence };
  }

  it.each([
    ["Civilians (Niger)", "BFA", "Gunmen looted shops in a village of Kenedougou.", "Civilians (Burkina Faso)"],
    ["Unidentified Armed Group (Burkina Faso)", "MLI", "Armed men attacked a checkpoint near Bourem.", "Unidentified Armed Group (Mali)"],
    ["Dozo Communal Militia (Mali)", "BFA", "A Dozo hunter was shot in his field.", "Dozo Communal Militia (Burkina Faso)"],
    // armed men and crowds are named after where they acted, whoever else the text names
    ["Unidentified Armed Group (Niger)", "MLI", "Gunmen shot a Nigerien peacekeeper near the market.", "Unidentified Armed Group (Mali)"],
    ["Protesters (Niger)", "MLI", "Youths marched against remarks by the Nigerien president.", "Protesters (Mali)"],
  ])("%s placed in %s: %s", (acled, iso3, text, expected) => {
    const out = relocaliseActors(placed(null, ref(acled), text), iso3, text);
    expect(out.actor2?.acled_name).toBe(expected);
  });

  it("state forces take the place's country and the regime period of the event's date", () => {
    const text = "Soldiers detained five men in a hamlet.";
    const out = relocaliseActors(placed(ref("Military Forces of Mali", "Military Forces of Mali (2021-)", 1), null, text, [["actor1", "Soldiers"]]), "BFA", text);
    expect(out.actor1?.acled_name).toBe("Military Forces of Burkina Faso (2015-2022)");
    expect(out.actor1?.name).toBe("Military Forces of Burkina Faso");
  });

  it("a country named as a border names nobody", () => {
    const text = "A police patrol came under fire near the Mali border.";
    const out = relocaliseActors(placed(null, ref("Police Forces of Mali", "Police Forces of Mali (2021-)", 1), text, [["actor2", "police patrol"]]), "BFA", text);
    expect(out.actor2?.acled_name).toBe("Police Forces of Burkina Faso (2015-2022)");
  });

  it("forces whose own words give no nationality take the place's country, the civilians named by nationality keep theirs", () => {
    const text = "Gendarmes beat up three Nigerien herders near a well.";
    const e = placed(ref("Police Forces of Niger Gendarmerie", "Police Forces of Niger (2011-2021) Gendarmerie", 1), ref("Civilians (Niger)"), text, [["actor1", "Gendarmes"], ["actor2", "herders"]]);
    const out = relocaliseActors(e, "BFA", text);
    expect(out.actor1?.acled_name).toBe("Police Forces of Burkina Faso (2015-2022) Gendarmerie");
    expect(out.actor2?.acled_name).toBe("Civilians (Niger)");
  });

  it("a nationality that belongs to the forces does not make the residents foreign", () => {
    const text = "Nigerien soldiers burned the motorbikes of residents.";
    const e = placed(ref("Military Forces of Niger", "Military Forces of Niger (2011-2021)", 1), ref("Civilians (Niger)"), text, [["actor1", "Nigerien soldiers"]]);
    const out = relocaliseActors(e, "BFA", text);
    expect(out.actor1?.acled_name).toBe("Military Forces of Niger (2011-2021)");
    expect(out.actor2?.acled_name).toBe("Civilians (Burkina Faso)");
  });

  it("keeps a country the text names for civilians and forces, a community's militia, French forces and named groups", () => {
    const cases: Array<[ActorRef, string, Array<[string, string]>]> = [
      [ref("Civilians (Niger)"), "Gunmen robbed two Nigerien herders near the market.", []],
      [ref("Military Forces of Mali", "Military Forces of Mali (2021-)", 1), "A FAMa patrol crossed into a border village.", [["actor1", "FAMa patrol"]]],
      [ref("Dogon Ethnic Militia (Mali)"), "Dogon hunters raided a Fulani camp.", []],
      [ref("French forces", "Military Forces of France (2017-)", 8), "Barkhane helicopters struck a camp.", []],
      [ref("JNIM", "JNIM: Group for Support of Islam and Muslims", 2), "Militants burned a school.", []],
    ];
    for (const [actor, text, said] of cases) expect(relocaliseActors(placed(actor, null, text, said), "BFA", text).actor1).toEqual(actor);
  });

  it("an event placed outside the Sahel countries keeps its names", () => {
    const e = event(ref("Civilians (Mali)"), null);
    expect(relocaliseActors(e, "SEN", "Gunmen robbed a trader.")).toBe(e);
  });
});
