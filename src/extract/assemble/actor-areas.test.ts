import { describe, expect, it } from "vitest";
import { actorAreasOf } from "./actor-areas.js";

describe("regions named through the groups and communities of an event", () => {
  it.each([
    ["Hunters of the Dogon militia burned a hamlet.", ["MLI:Mopti"]],
    ["Fighters of Ansaroul Islam stormed the market.", ["BFA:Sahel", "BFA:Nord", "BFA:Centre-Nord"]],
    ["Donsos clashed with herders near the river.", ["MLI:Mopti", "MLI:Ségou", "BFA:Boucle du Mouhoun", "BFA:Hauts-Bassins"]],
    ["Des éléments de l'État islamique au Grand Sahara ont attaqué un campement.", ["MLI:Ménaka", "MLI:Gao", "NER:Tillabéri", "NER:Tahoua", "BFA:Sahel", "BFA:Est"]],
  ])("%s", (text, areas) => {
    expect(actorAreasOf(text)).toEqual(areas);
  });

  it.each([
    "Unknown gunmen attacked a village and took cattle.",
    // a word that only contains a group's name is not the group
    "The Dogonville road was closed.",
    "Residents of Bozoland protested.",
  ])("no region without a group or community: %s", (text) => {
    expect(actorAreasOf(text)).toEqual([]);
  });
});
