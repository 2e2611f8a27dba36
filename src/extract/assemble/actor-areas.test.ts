import { describe, expect, it } from "vitest";
import { extractDocument } from "../index.js";
import { handPlaceIndex } from "../testing/hand-place-index.js";
import { REFERENCE_DATE, testDocument } from "../testing/test-document.js";
import { actorAreaCountriesOf, actorAreasOf } from "./actor-areas.js";

describe("regions named through the groups and communities of an event", () => {
  it.each([
    ["Hunters of the Dogon militia burned a hamlet.", ["MLI:Mopti"]],
    ["Fighters of Ansaroul Islam stormed the market.", ["BFA:Sahel", "BFA:Nord", "BFA:Centre-Nord"]],
    ["Donsos clashed with herders near the river.", ["MLI:Mopti", "MLI:Ségou"]],
    ["Fulani militiamen raided the hamlet at dawn.", ["MLI:Mopti", "MLI:Ségou"]],
    ["Des éléments de l'État islamique au Grand Sahara ont attaqué un campement.", ["MLI:Ménaka", "MLI:Gao", "NER:Tillabéri", "NER:Tahoua", "BFA:Sahel", "BFA:Est"]],
  ])("%s", (text, areas) => {
    expect(actorAreasOf(text)).toEqual(areas);
  });

  it("a region appears once for each group that points to it", () => {
    expect(actorAreasOf("Fulani militiamen killed three Dogon farmers.")).toEqual(["MLI:Mopti", "MLI:Mopti", "MLI:Ségou"]);
  });

  it.each([
    "Unknown gunmen attacked a village and took cattle.",
    // a word that only contains a group's name is not the group
    "The Dogonville road was closed.",
    "Residents of Bozoland protested.",
    // Fulani herders are everywhere in the Sahel; only their militias are a central-Malian actor
    "Gunmen stole the cattle of two Fulani herders.",
  ])("no region without a group or community: %s", (text) => {
    expect(actorAreasOf(text)).toEqual([]);
  });
});

describe("the countries a group or community points to, one list per group", () => {
  it.each([
    ["Dozo hunters beat two herders.", [["MLI"]]],
    ["Koglweogo and Foulse fighters met.", [["BFA"]]],
    ["Dogons and ISGS fighters clashed.", [["MLI"], ["MLI", "NER", "BFA"]]],
    ["Soldiers patrolled the road.", []],
  ])("%s", (text, countries) => {
    expect(actorAreaCountriesOf(text)).toEqual(countries);
  });
});

describe("a village name in two Sahel countries takes the country of the groups named with it", () => {
  const places = handPlaceIndex([["Kelbaba", "settlement", "BFA"], ["Kelbaba", "settlement", "MLI"]]);
  it.each([
    ["On 4 May 2019, Dozo militiamen burned the village of Kelbaba.", "Civilians (Mali)"],
    ["On 4 May 2019, Ansaroul Islam fighters burned the village of Kelbaba.", "Civilians (Burkina Faso)"],
  ])("%s", (text, actor2) => {
    const { events } = extractDocument(testDocument(text, REFERENCE_DATE, "en"), { places });
    expect(events[0]?.actor2?.acled_name).toBe(actor2);
  });
});
