import { describe, expect, it } from "vitest";
import { evidenceFor, onlyEvent } from "./testing/test-document.js";

// [sentence, actor1 ACLED name, actor1 evidence, actor2 ACLED name or null]
const CASES: Array<[string, string, string, string | null]> = [
  ["On 14 October 2019, ISGS militants on motorbikes attacked soldiers guarding the market of Gorom-Gorom.", "Islamic State (Sahel)", "ISGS militants", "Military Forces of Burkina Faso (2015-2022)"],
  ["On 11 May 2025, JNIM fighters ambushed a VDP patrol near Djibo.", "JNIM: Group for Support of Islam and Muslims", "JNIM fighters", "VDP: Volunteer for Defense of Homeland"],
  ["On 2 March 2019, suspected Katiba Macina militants killed three villagers in Koro.", "JNIM: Group for Support of Islam and Muslims", "Katiba Macina militants", "Civilians (Mali)"],
  ["On 3 May 2025, two civilians were killed by unknown gunmen in Dablo.", "Unidentified Armed Group (Burkina Faso)", "unknown gunmen", "Civilians (Burkina Faso)"],
  ["On 4 May 2025, Malian soldiers killed five suspected militants near Douentza.", "Military Forces of Mali (2021-)", "Malian soldiers", "Unidentified Armed Group (Mali)"],
  ["On 5 May 2025, armed Fulani militiamen attacked Dogon farmers in Bankass.", "Fulani Ethnic Militia (Mali)", "Fulani militiamen", "Civilians (Mali)"],
  ["On 6 May 2025, Dan Na Ambassagou militiamen fought JNIM fighters outside Bandiagara.", "Dan Na Ambassagou", "Dan Na Ambassagou militiamen", "JNIM: Group for Support of Islam and Muslims"],
  ["On 7 May 2025, Koglweogo members killed two herders in Barsalogho.", "Koglweogo Militia", "Koglweogo members", "Civilians (Burkina Faso)"],
  ["On 8 May 2025, Barkhane forces killed ten ISGS militants near Menaka.", "Military Forces of France (2017-)", "Barkhane forces", "Islamic State (Sahel)"],
  ["On 8 May 2025, youths burned a bar in the Abaradjou quarter of Timbuktu.", "Rioters (Mali)", "", "Civilians (Mali)"],
  ["On 12 May 2025, gendarmes were ambushed near Gorom-Gorom; three gendarmes were killed.", "Unidentified Armed Group (Burkina Faso)", "", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
  ["On 22 February 2020, JNIM and/or ISGS fighters attacked herders at Barsalogho.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", "JNIM", "Civilians (Burkina Faso)"],
];

describe("actors (lexicon with aliases, country and era from context)", () => {
  it.each(CASES)("%s", (text, a1, a1Text, a2) => {
    const e = onlyEvent(text);
    expect(e.actor1?.acled_name).toBe(a1);
    if (a1Text) expect(evidenceFor(e, text, "actor1")).toContain(a1Text);
    expect(e.actor2?.acled_name ?? null).toBe(a2);
  });

  it("a named claimant replaces a generic perpetrator", () => {
    const text = "On 2 May 2020, militants ambushed a gendarmerie unit in Djibo, killing one gendarme. JNIM claimed responsibility.";
    const e = onlyEvent(text);
    expect(e.actor1?.acled_name).toBe("JNIM: Group for Support of Islam and Muslims");
    expect(e.verification).toBe("claimed");
  });

  it("protesters are actor 1 and the police that intervened actor 2", () => {
    const e = onlyEvent("On 7 May 2025, the police dispersed traders who protested in Kaya.");
    expect(e.actor1?.acled_name).toBe("Protesters (Burkina Faso)");
    expect(e.actor2?.acled_name).toBe("Police Forces of Burkina Faso (2022-)");
  });
});
