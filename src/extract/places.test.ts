import { describe, expect, it } from "vitest";
import { extractDocument } from "./index.js";
import { handPlaceIndex, SAHEL_TEST_PLACES } from "./testing/hand-place-index.js";
import { extractText, onlyEvent, testDocument } from "./testing/test-document.js";

/** The test places, with a few countries and towns abroad that reports mention as origins or backgrounds. */
const WITH_ABROAD = handPlaceIndex([
  ...SAHEL_TEST_PLACES, ["Liberia", "country", "LBR"], ["Kinshasa", "settlement", "COD"], ["Grand Bassam", "settlement", "CIV"], ["Ivory Coast", "country", "CIV"],
  ["Israel", "country", "ISR"], ["Bambara", "settlement", "MLI"], ["Bankass", "settlement", "MLI"],
]);
const eventsAbroad = (text: string) => extractDocument(testDocument(text), { places: WITH_ABROAD }).events;

// [sentence, place name, qualifiers, relation, secondary, mention text]
const CASES: Array<[string, string, string[], string, string | null, string]> = [
  ["On 3 May 2025, gunmen attacked the town of Sole, in Loroum province.", "Sole", ["Loroum"], "at", null, "town of Sole"],
  ["On 3 May 2025, gunmen attacked Gaskinde (Aribinda, Soum), killing one gendarme.", "Gaskinde", ["Aribinda", "Soum"], "at", null, "Gaskinde (Aribinda, Soum)"],
  ["On 3 May 2025, gunmen burned the Fulani village of Wendou(-Peulh), killing two.", "Wendou", [], "at", null, "village of Wendou"],
  ["On 3 May 2025, gunmen burned the town of Gorom(-Gorom), killing two.", "Gorom-Gorom", [], "at", null, "town of Gorom(-Gorom)"],
  ["On 3 May 2025, gunmen killed a herder in Wendou II (Aribinda, Soum).", "Wendou II", ["Aribinda", "Soum"], "at", null, "Wendou II (Aribinda, Soum)"],
  ["The attack in Kalamba, Kaya, left two soldiers dead on 3 May 2025.", "Kalamba", ["Kaya"], "at", null, "in Kalamba, Kaya"],
  ["On 3 May 2025, an IED exploded between Mamba and Toye, killing two soldiers.", "Mamba", [], "between", "Toye", "between Mamba and Toye"],
  ["On 3 May 2025, gunmen attacked the village of Materou (coded as Toye at geoprecision 2).", "Materou", [], "near", "Toye", "Materou (coded as Toye at geoprecision 2)"],
  ["On 3 May 2025, gunmen killed two herders 12km from Douentza.", "Douentza", [], "near", null, "12km from Douentza"],
  ["On 3 May 2025, JNIM fighters raided a gendarmerie post in Gnagna province, Burkina Faso.", "Gnagna", [], "area", null, "Gnagna province"],
  ["Security sources said Djibo's army base was attacked on 3 May 2025.", "Djibo", [], "at", null, "Djibo's"],
  ["On 3 May 2025, an IED hit a convoy between Mamba & Toye.", "Mamba", [], "between", "Toye", "between Mamba & Toye"],
  // each place of a pair in its own bracket: the first keeps its own, a bracket after both qualifies both
  ["On 3 May 2025, an IED hit a convoy between Mamba (Aribinda, Soum) and Toye (Koro, Mopti).", "Mamba", ["Aribinda", "Soum"], "between", "Toye", "between Mamba (Aribinda, Soum) and Toye"],
  ["On 3 May 2025, an IED hit a convoy between Mamba and Toye (Koro, Mopti).", "Mamba", ["Koro", "Mopti"], "between", "Toye", "between Mamba and Toye"],
  ["On 3 May 2025, an IED hit a bus on the road linking Mamba and Toye.", "Mamba", [], "between", "Toye", "road linking Mamba and Toye"],
  // a settlement word right before its name, and forests and valleys named with "of"
  ["On 3 May 2025, gunmen burned the Fulani hamlet Wendou.", "Wendou", [], "at", null, "hamlet Wendou"],
  ["On 3 May 2025, soldiers raided a militant camp in the forest of Wendou.", "Wendou", [], "near", null, "forest of Wendou"],
  ["On 3 May 2025, gunmen attacked the village Dozos had left the day before, near Kaya.", "Kaya", [], "near", null, "near Kaya"],
  // a known name before a noun, or as the subject, without a preposition
  ["On 3 May 2025, two rockets struck the Gao Airport, damaging the runway.", "Gao", [], "at", null, "Gao"],
  ["On 3 May 2025, Djibo was attacked by gunmen who burned the town hall.", "Djibo", [], "at", null, "Djibo"],
  ["On 3 May 2025, Kaya students marched to demand that schools reopen.", "Kaya", [], "at", null, "Kaya"],
  ["On 3 May 2025, two herders of the Dori market were killed in Djibo.", "Djibo", [], "at", null, "in Djibo"],
  // a road stretch only says where the named place lies
  ["On 3 May 2025, gunmen ambushed a patrol in Kalamba, between Koro and Bargou.", "Kalamba", [], "at", null, "in Kalamba"],
  ["On 3 May 2025, an IED hit a truck near Mamba on the Koro-Bargou axis.", "Mamba", [], "near", null, "near Mamba"],
  // whose office or home ("the mayor of X") and where a journey began or ended are not where it happened
  ["On 3 May 2025, gunmen shot the mayor of Djibo dead at his home in Kaya.", "Kaya", [], "at", null, "in Kaya"],
  ["On 3 May 2025, a bus coming from Gao and heading to Mopti struck a mine near Douentza.", "Douentza", [], "near", null, "near Douentza"],
  // "not far from X" places the event by X; "came from X" is still where a journey began
  ["On 3 May 2025, gunmen blocked the road not far from Dablo, stopping traders on their way to the market in Kaya.", "Dablo", [], "at", null, "from Dablo"],
  ["On 3 May 2025, gunmen who came from Dablo robbed traders at Kaya.", "Kaya", [], "at", null, "at Kaya"],
  ["On 3 May 2025, the driver of the Mayor of Dablo was abducted in Barsalogho.", "Barsalogho", [], "at", null, "in Barsalogho"],
  ["On 3 May 2025, gunmen attacked the convoy of the Cherif of Djibo in the area of Aribinda.", "Aribinda", [], "near", null, "area of Aribinda"],
  ["On 3 May 2025, gunmen robbed a truck between Kaya and Dablo and sent it back in the direction of Ouagadougou.", "Kaya", [], "between", "Dablo", "between Kaya and Dablo"],
  // ...but still count when the sentence names no other place
  ["On 3 May 2025, unknown gunmen abducted the mayor of Dablo.", "Dablo", [], "at", null, "of Dablo"],
  ["On 3 May 2025, a truck heading to Kaya was set on fire by gunmen.", "Kaya", [], "at", null, "to Kaya"],
  // a quarter is its town; a known area keeps its town as qualifier, an unknown one is located by it
  ["On 3 May 2025, gunmen shot a trader in the Zoblaye quarter of Timbuktu.", "Timbuktu", [], "at", null, "Zoblaye quarter of Timbuktu"],
  ["On 3 May 2025, an IED went off in Tinabou neighbourhood, Kidal, wounding two.", "Kidal", [], "at", null, "Tinabou neighbourhood, Kidal"],
  ["On 3 May 2025, police dispersed residents protesting in the Wemtenga area of Ouagadougou.", "Ouagadougou", [], "at", null, "Wemtenga area of Ouagadougou"],
  // an area of a large town is the town even when a village elsewhere bears its name
  ["On 3 May 2025, traders in the Mamba area of Bamako marched against new market fees.", "Bamako", [], "at", null, "Mamba area of Bamako"],
  ["On 3 May 2025, gunmen robbed a shop in the Toye sector of Dori.", "Dori", [], "at", null, "Toye sector of Dori"],
  ["On 3 May 2025, an IED hit a truck in the Wendou area of Kaya.", "Kaya", [], "at", null, "Wendou area of Kaya"],
  // a town that shares its region's name: its "area" may be the region, so a known village stays
  ["On 3 May 2025, gunmen killed a herder in the Toye area of Gao.", "Toye", ["Gao"], "at", null, "Toye area of Gao"],
  ["On 3 May 2025, soldiers clashed with gunmen in the Dablo area of Sanmatenga.", "Dablo", ["Sanmatenga"], "at", null, "Dablo area of Sanmatenga"],
  ["On 3 May 2025, gunmen attacked a convoy in the Oudalan area of Burkina Faso.", "Oudalan", [], "near", null, "Oudalan area of Burkina Faso"],
  // a site named inside a town is in the town; a province after a site's noun is not its town
  ["On 3 May 2025, police clashed with traders at the Wendou market in Kaya.", "Kaya", [], "at", null, "in Kaya"],
  ["On 3 May 2025, gunmen shot a guard at Wendou Square, central Timbuktu.", "Timbuktu", [], "at", null, "at Wendou Square, central Timbuktu"],
  ["On 3 May 2025, police clashed with traders at the Mamba market in Kaya.", "Kaya", [], "at", null, "at the Mamba market in Kaya"],
  ["On 3 May 2025, gunmen looted shops at the Djibo market, Soum province.", "Djibo", ["Soum"], "at", null, "at the Djibo"],
  // a direction inside the named place
  ["On 3 May 2025, a car bomb exploded in northern Gao, killing four.", "Gao", [], "at", null, "in northern Gao"],
  ["On 3 May 2025, protesters marched in downtown Bamako.", "Bamako", [], "at", null, "in downtown Bamako"],
  // a bare name after "in"/"at"/"near" is passed on even when the gazetteer lacks it...
  ["On 3 May 2025, gunmen abducted a trader in Wendou.", "Wendou", [], "at", null, "in Wendou"],
  ["On 3 May 2025, gunmen abducted a trader in Wendou Peulh.", "Wendou Peulh", [], "at", null, "in Wendou Peulh"],
  // ...but not a people, an armed group or an acronym
  ["On 3 May 2025, tension rose in Kel Essuk community after gunmen killed a herder near Gao.", "Gao", [], "near", null, "near Gao"],
  ["On 3 May 2025, a commander in Katiba Macina was killed near Mopti.", "Mopti", [], "near", null, "near Mopti"],
  ["On 3 May 2025, a split in JNIM ranks led to clashes near Douentza.", "Douentza", [], "near", null, "near Douentza"],
  // the known place a mention lies by is its anchor, with that anchor's qualifiers
  ["On 3 May 2025, gunmen attacked the hamlet of Wendou, 12 km east of Djibo.", "Wendou", [], "at", "Djibo", "hamlet of Wendou"],
  // ...but a small place written as only "near" a known one is placed at the known one, with the written one as its anchor
  ["On 3 May 2025, gunmen burned the village of Wendou (near Kaya).", "Kaya", [], "near", "Wendou", "village of Wendou (near Kaya"],
  ["On 3 May 2025, gunmen raided the village of Wendou, near Dablo (Barsalogho, Sanmatenga).", "Dablo", ["Barsalogho", "Sanmatenga"], "near", "Wendou", "village of Wendou, near Dablo (Barsalogho, Sanmatenga)"],
  ["On 3 May 2025, an IED killed two traders in Wendou, not far from Djibo, Soum province.", "Djibo", ["Soum"], "near", "Wendou", "in Wendou, not far from Djibo, Soum"],
  ["On 3 May 2025, gunmen shot a herder in Wendou (Soum), close to Djibo.", "Djibo", ["Soum"], "near", "Wendou", "in Wendou (Soum), close to Djibo"],
  // a distance or a side says where the written place itself lies
  ["On 3 May 2025, gunmen shot a herder in Wendou, 8 km north of Djibo.", "Wendou", [], "at", "Djibo", "in Wendou"],
  // an anchor the gazetteer lacks only helps find the written place
  ["On 3 May 2025, gunmen burned the village of Wendou (near Kobouzanga).", "Wendou", [], "at", "Kobouzanga", "village of Wendou"],
  ["On 3 May 2025, gunmen burned the hamlet of Wendou (near Sambtenga).", "Wendou", [], "at", "Sambtenga", "hamlet of Wendou"],
  ["On 3 May 2025, an IED exploded in Wendou, on the northern outskirts of Ouagadougou, wounding two.", "Wendou", [], "at", "Ouagadougou", "in Wendou"],
  // ACLED's coding remarks, however written
  ["On 3 May 2025, gunmen attacked the village of Wendou [coded as Djibo at geoprecision 2].", "Wendou", [], "near", "Djibo", "Wendou [coded as Djibo at geoprecision 2]"],
  ["On 3 May 2025, gunmen attacked the village of Wendou (Coded as Djibo at geoprecision 2), killing one.", "Wendou", [], "near", "Djibo", "Wendou (Coded as Djibo at geoprecision 2)"],
  ["On 3 May 2025, an IED hit a truck on the road to Gao (coded at approximate location as Ansongo 20km N, geoprecision 2).", "Gao", [], "near", "Ansongo", "Gao (coded at approximate location as Ansongo 20km N, geoprecision 2)"],
  ["On 3 May 2025, militants fought soldiers somewhere in the bush, coded as Dori (Dori, Seno), and both sides lost men.", "Dori", ["Dori", "Seno"], "at", null, "coded as Dori (Dori, Seno)"],
  ["On 3 May 2025, gunmen ambushed a patrol in the hamlet of Wendou, near Djibo, killing two soldiers. This event is coded to Djibo at geoprecision 2.", "Djibo", [], "near", null, "coded to Djibo at geoprecision 2"],
  // a coded name with a particle inside or a leading "In" stays whole when the gazetteer knows it
  ["On 3 May 2025, soldiers clashed with gunmen near Wendou (coded as Mare de Soum at geoprecision 2).", "Wendou", [], "near", "Mare de Soum", "Wendou (coded as Mare de Soum at geoprecision 2)"],
  ["On 3 May 2025, soldiers clashed with gunmen near Wendou (coded as In Tillit at geoprecision 2).", "Wendou", [], "near", "In Tillit", "Wendou (coded as In Tillit at geoprecision 2)"],
  ["On 3 May 2025, soldiers clashed with gunmen near Wendou (coded as In Kobouzanga at geoprecision 2).", "Wendou", [], "near", "Kobouzanga", "Wendou (coded as In Kobouzanga at geoprecision 2)"],
  // a hyphenated name that starts with "In" is a name, not a filler word
  ["On 3 May 2025, an IED hit a truck 60 km east of Gao (coded as approximate location at In-Wendou geoprecision 2).", "Gao", [], "near", "In-Wendou", "Gao (coded as approximate location at In-Wendou geoprecision 2)"],
  // the whole name when the gazetteer knows only its first word; a facility noun ends the name
  ["On 3 May 2025, gunmen attacked the village of Koro Sebe, killing two.", "Koro Sebe", [], "at", null, "village of Koro Sebe"],
  ["On 3 May 2025, gunmen ambushed a convoy in Koro Sebe.", "Koro Sebe", [], "at", null, "in Koro Sebe"],
  ["On 3 May 2025, shells struck the camp in Dori Airport, wounding two soldiers.", "Dori", [], "at", null, "in Dori"],
  ["On 3 May 2025, JNIM fighters overran an army post in Burkina Faso's northern Loroum province.", "Loroum", [], "area", null, "Loroum province"],
  // one bracketed name that is no admin unit is also the place's anchor
  ["On 3 May 2025, gunmen shot two farmers dead in the village of Wendou (Bargou).", "Wendou", ["Bargou"], "at", "Bargou", "village of Wendou (Bargou)"],
  ["On 3 May 2025, gunmen entered the village of Wendou [Wendou-Peulh] (Barsalogho, Sanmatenga).", "Wendou", ["Barsalogho", "Sanmatenga"], "at", "Wendou-Peulh", "village of Wendou [Wendou-Peulh] (Barsalogho, Sanmatenga)"],
  ["On 3 May 2025, gunmen shot two farmers dead in the village of Wendou (Soum).", "Wendou", ["Soum"], "at", null, "village of Wendou (Soum)"],
  // a distance that far says nothing about where the place lies
  ["On 3 May 2025, soldiers beat a man held in Wendou, 140 km from Kaya.", "Wendou", [], "at", null, "in Wendou"],
];

describe("place mentions", () => {
  it.each(CASES)("%s", (text, name, qualifiers, relation, secondary, mentionText) => {
    const e = onlyEvent(text);
    expect(e.place?.name).toBe(name);
    expect(e.place?.qualifiers).toEqual(qualifiers);
    expect(e.place?.relation).toBe(relation);
    expect(e.place?.secondary ?? null).toBe(secondary);
    expect(e.place?.text).toBe(mentionText);
    expect(text.slice(e.place!.start, e.place!.end)).toBe(mentionText);
  });

  it("a person's name before a noun is not a place", () => {
    const e = onlyEvent("On 3 May 2025, nurses at the Amadou Kaya hospital began a sit-in.");
    expect(e.place?.name).not.toBe("Kaya");
  });

  it("an event told in later sentences that name only a province is at the place the lede qualified with it", () => {
    const text = "On 3 May 2025, soldiers swept the area of Wendou (Aribinda, Soum). Bodies of several militants were left behind. Fatalities are split between events in Soum.";
    const { events } = extractText(text);
    expect(events.map((e) => e.place?.name)).toEqual(["Wendou"]);
  });

  it("a province named alone stays the place when no earlier place lies in it", () => {
    const e = onlyEvent("On 3 May 2025, soldiers swept the area of Wendou (Aribinda, Soum). On 4 May 2025, gunmen killed two herders in Loroum.");
    expect(e.place?.name).toBe("Loroum");
  });

  it.each([
    ["On 3 May 2025, soldiers arrested twelve men in the villages of Wendou and Koro.", ["Wendou", "Koro"]],
    // a split of the toll names no single coded place: one event at each
    ["On 3 May 2025, gunmen killed three civilians in Kaya and Dablo, fatalities split and coded as Kaya (2) and Dablo (1).", ["Kaya", "Dablo"]],
    ["On 3 May 2025, aircraft struck militant camps in the areas of Djibo, Aribinda, and Dablo, killing 20.", ["Djibo", "Aribinda", "Dablo"]],
    ["On 3 May 2025, mortar shells hit the army bases at Kaya & Dori.", ["Kaya", "Dori"]],
    // an area's places named with "including" are the places
    ["On 3 May 2025, militiamen attacked and killed 20 civilians in several villages in Soum province, including Djibo, Aribinda and Wendou.", ["Djibo", "Aribinda", "Wendou"]],
    ["On 3 May 2025, militiamen attacked and killed 20 civilians in several villages near Djibo, including Wendou and Kobouzanga.", ["Djibo"]],
    // a plural place noun vouches for names the gazetteer lacks, with or without "of"
    ["On 3 May 2025, gunmen attacked the villages of Wendou and Kobouzanga.", ["Wendou", "Kobouzanga"]],
    ["On 3 May 2025, soldiers arrested dozens of men in the areas Djibo and Kobouzanga.", ["Djibo", "Kobouzanga"]],
    // a toll told place by place, in the same sentence
    ["On 3 May 2025, gunmen killed three villagers in Djibo, while one in Aribinda and another in Dablo.", ["Djibo", "Aribinda", "Dablo"]],
    ["On 3 May 2025, four men were shot dead in Kaya and 1 in Dori.", ["Kaya", "Dori"]],
    ["On 3 May 2025, gunmen killed three villagers in Djibo on 2 May 2025 in the morning.", ["Djibo"]],
    // not a list of places: a name the gazetteer lacks, a country, or what follows the event
    ["On 3 May 2025, gunmen attacked Djibo and Kobouzanga on the same night.", ["Djibo"]],
    ["On 3 May 2025, gunmen attacked Djibo and then moved towards Aribinda.", ["Djibo"]],
    ["On 3 May 2025, gunmen killed two traders in Djibo and Burkina Faso closed the border.", ["Djibo"]],
  ])("one event at each place of a list: %s", (text, names) => {
    expect(extractText(text).events.map((e) => e.place?.name)).toEqual(names);
  });

  it.each([
    // a toll given once for the list is shared out, the remainder to the first place: the tolls add up to the report's
    ["On 3 May 2025, aircraft struck militant camps in the areas of Djibo, Aribinda, and Dablo, killing 20.", [8, 6, 6], [false, false, false]],
    ["On 3 May 2025, gunmen attacked the villages of Wendou and Kobouzanga, killing dozens of civilians.", [6, 6], [false, false]],
    // a toll told place by place keeps each place's own count, as stated
    ["On 3 May 2025, gunmen killed three villagers in Djibo, while one in Aribinda and another in Dablo.", [3, 1, 1], [true, true, true]],
    ["On 3 May 2025, four men were shot dead in Kaya and 1 in Dori.", [4, 1], [true, true]],
    // no toll: nothing to share
    ["On 3 May 2025, mortar shells hit the army bases at Kaya & Dori.", [null, null], [null, null]],
  ])("each place of a list gets its share of the toll: %s", (text, tolls, stated) => {
    const { events } = extractText(text);
    expect(events.map((e) => e.fatalities.best)).toEqual(tolls);
    expect(events.map((e) => e.evidence.find((x) => x.field === "fatalities")?.stated ?? null)).toEqual(stated);
  });

  it("a language is not a place", () => {
    const { places } = extractText("On 3 May 2025, gunmen attacked a school in Djibo whose teachers taught in Arabic and French.");
    expect(places.map((p) => p.name)).toEqual(["Djibo"]);
  });

  it("a ministry is not a place", () => {
    const { places } = extractText("On 3 May 2025, gunmen seized a car of the Health Department near Dori.");
    expect(places.map((p) => p.name)).toEqual(["Dori"]);
  });

  it("a country written next to the place's name elsewhere in the report qualifies it", () => {
    const e = onlyEvent("On 3 May 2025, gunmen robbed traders heading toward Mamba (Mali) near the border (coded as Mamba at geoprecision 2).");
    expect(e.place?.name).toBe("Mamba");
    expect(e.place?.qualifiers).toContain("Mali");
  });

  it("a dateline is not where the event happened", () => {
    const text = "OUAGADOUGOU, Burkina Faso — Gunmen attacked the army post in Djibo on 3 May 2025, killing two soldiers.";
    expect(onlyEvent(text).place?.name).toBe("Djibo");
  });

  it("lists every place the text names, for the geocoder", () => {
    const { places } = extractText("On 3 May 2025, gunmen attacked Djibo and then moved towards Aribinda, in Soum province.");
    expect(places.map((p) => p.name)).toEqual(["Djibo", "Aribinda", "Soum"]);
  });

  it("a country named with the place gives the country hint", () => {
    const e = onlyEvent("On 3 May 2025, JNIM fighters raided a gendarmerie post in Gnagna province, Burkina Faso.");
    expect(e.place?.countryHint).toBe("BFA");
  });

  // [sentence, place, country hint, border qualifier]: a border or a river is a landmark, not the place's country
  const LANDMARKS: Array<[string, string | null, string | null, string | null]> = [
    ["On 3 May 2025, gunmen burned the village of Wendou, Cercle of Koro, near the Burkina Faso border.", "Wendou", null, "border with Burkina Faso"],
    ["On 3 May 2025, gunmen ambushed a patrol in Bargou, close to the border with Niger.", "Bargou", null, "border with Niger"],
    ["On 3 May 2025, soldiers detained herders in Bargou, near Mali's border with Burkina Faso.", "Bargou", "MLI", "border with Burkina Faso"],
    ["On 3 May 2025, gunmen sank a boat on the Niger river near Menaka, killing two fishermen.", "Menaka", null, null],
    ["On 3 May 2025, militants clashed with soldiers in Tessit, in the Mali-Niger borderland.", "Tessit", null, null],
    // whose side of a two-country border the place is on says which border it lies by
    ["On 3 May 2025, militants clashed with soldiers in Tessit, in the Mali-Niger border area, on the Malian side of the border.", "Tessit", "MLI", "border with Niger"],
    // a country's border town is that country's own
    ["On 3 May 2025, gunmen attacked a police post in the Malian border town of Bargou.", "Bargou", "MLI", null],
    // a border alone places nothing: not the neighbouring country
    ["On 3 May 2025, gunmen killed two soldiers near the Niger border.", null, null, null],
    // noise: a country written after the place still is its country
    ["On 3 May 2025, JNIM fighters raided a gendarmerie post in Bargou, Mali.", "Bargou", "MLI", null],
  ];
  it.each(LANDMARKS)("%s", (text, name, hint, border) => {
    const e = onlyEvent(text);
    expect(e.place?.name ?? null).toBe(name);
    expect(e.place?.countryHint ?? null).toBe(hint);
    expect(e.place?.qualifiers.find((q) => q.startsWith("border with")) ?? null).toBe(border);
  });

  // [sentence, place]: where people came from, a past event recalled by its place, a quarter named after a town
  // abroad are not where the event happened
  const NOT_HERE: Array<[string, string | null]> = [
    ["On 3 May 2025, a peacekeeper from Liberia died when mortar shells hit the camp.", null],
    ["On 3 May 2025, a peacekeeper from Liberia died when mortar shells hit the camp in Kidal.", "Kidal"],
    ["On 3 May 2025, soldiers detained two herders returning from Niger where they had fled the fighting.", null],
    ["On 3 May 2025, soldiers detained the organiser of the Grand Bassam (Ivory Coast) attack of March 2016 that killed 19. Troops caught him in the hamlet of Toye after a raid.", "Toye"],
    ["On 3 May 2025, a soldier was shot dead by gunmen who had escaped the ambush in Nafo, early June last year.", null],
    ["On 3 May 2025, troops recovered a truck seized in an earlier attack by militants in Tessit.", null],
    ["On 3 May 2025, an IED hit a minibus returning from the weekly market in Koro in the area of Bargou.", "Bargou"],
    ["On 3 May 2025, residents marched in the Kinshasa neighbourhood against land sales.", null],
    // a family's name that a village also bears names people, not a place
    ["On 3 May 2025, men from the Wendou and Toye families fought over who would be chief, leaving two dead.", null],
    ["On 3 May 2025, elders of the Wendou clan were beaten by gunmen.", null],
    // noise: a family attacked in a village
    ["On 3 May 2025, gunmen killed a whole family in Wendou.", "Wendou"],
    // noise: an origin written as an adjective, or a journey with the event's own place after it, still place the event
    ["On 3 May 2025, a Liberian-born trader was shot dead in Gao.", "Gao"],
    ["On 3 May 2025, gunmen robbed traders coming from Dori in the area of Djibo.", "Djibo"],
    ["On 3 May 2025, a convoy coming from Douentza and heading toward Koro was struck by an IED near Bargou.", "Bargou"],
    ["On 3 May 2025, the attack in Mopti killed two soldiers.", "Mopti"],
    ["On 3 May 2025, the ambush at Dori left two soldiers dead, the army said on 4 May 2025.", "Dori"],
    ["On 3 May 2025, residents marched in the Kinshasa neighbourhood of Ouagadougou against land sales.", "Ouagadougou"],
    ["On 3 May 2025, a soldier from Mali was killed in Liberia.", "Liberia"],
    // where a victim was cared for, and a far point a distance is measured from, yield to the scene
    ["On 3 May 2025, gunmen shot the imam of Dablo, who died of his wounds at the hospital in Kaya.", "Dablo"],
    ["On 3 May 2025, soldiers posted in and around Nafo, 200 km from the garrison town of Dori, beat three herders.", "Nafo"],
    // noise: a health centre attacked is the scene
    ["On 3 May 2025, gunmen looted the health centre in Kaya.", "Kaya"],
  ];
  it.each(NOT_HERE)("%s", (text, name) => {
    const events = eventsAbroad(text);
    expect(events.length).toBe(1);
    expect(events[0].place?.name ?? null).toBe(name);
  });

  // [sentence, place, mention text]: names written in ways the other rules miss
  const ODD_WRITING: Array<[string, string | null, string | null]> = [
    // a kind word typed with a letter too many
    ["On 3 May 2025, militants blew up the bridge in the villlage of Wendou.", "Wendou", "villlage of Wendou"],
    ["On 3 May 2025, gunmen burned the hammlet of Wendou.", "Wendou", "hammlet of Wendou"],
    // a people's name that is also a village's, alone after "the village of"...
    ["On 3 May 2025, hunters shot two traders at the market in the village of Bambara.", "Bambara", "village of Bambara"],
    // ...but not when it names people, nor anywhere else
    ["On 3 May 2025, gunmen killed two men in the village of Bambara farmers near Kaya.", "Kaya", "near Kaya"],
    ["On 3 May 2025, gunmen killed two Bambara herders near Kaya.", "Kaya", "near Kaya"],
    ["On 3 May 2025, Bambara hunters clashed with herders.", null, null],
    // a town written with "town" after its name, and a capital before its name
    ["On 3 May 2025, militiamen wounded two men and abducted two others Bankass town.", "Bankass", "Bankass town"],
    ["On 3 May 2025, crowds poured into the streets of the capital Bamako to protest a new tax.", "Bamako", "capital Bamako"],
    ["On 3 May 2025, gunmen attacked the regional capital Kaya.", "Kaya", "capital Kaya"],
    // "the capital of X" names the country or province; "the outskirts of the capital X" anchors another place
    ["On 3 May 2025, thousands marched against calling Jerusalem the capital of Israel.", null, null],
    ["On 3 May 2025, gendarmes stormed a house in Wendou, on the eastern outskirts of the capital Ouagadougou, and killed three.", "Wendou", "in Wendou"],
    ["On 3 May 2025, militants attacked an army post in Kalamba, 40 km north of Gao town.", "Kalamba", "in Kalamba"],
    // a site's noun right before its town
    ["On 3 May 2025, militants burned a school Wendou.", "Wendou", "school Wendou"],
    ["On 3 May 2025, gunmen attacked the market Dori, killing two.", "Dori", "market Dori"],
    ["On 3 May 2025, students were wounded at the gate of private high school Wendou.", null, null],
    ["On 3 May 2025, gunmen burned the school of Dablo and killed a teacher in Kaya.", "Kaya", "in Kaya"],
    // a pair of places joined by a hyphen, but not a hyphenated name the gazetteer knows
    ["On 3 May 2025, gunmen robbed traders on the road between Tessit-Wendou.", "Tessit", "between Tessit-Wendou"],
    ["On 3 May 2025, gunmen robbed traders on the road between Gorom-Gorom and Dori.", "Gorom-Gorom", "road between Gorom-Gorom and Dori"],
  ];
  it.each(ODD_WRITING)("%s", (text, name, mentionText) => {
    const events = eventsAbroad(text);
    expect(events.length).toBe(1);
    expect(events[0].place?.name ?? null).toBe(name);
    expect(events[0].place?.text ?? null).toBe(mentionText);
  });
});
