import { describe, expect, it } from "vitest";
import { actorKeys, actorsOverlap, normaliseActor, sameActor } from "./actor-equivalence.js";

describe("actor normaliser", () => {
  it.each([
    // ACLED's renamings of the Islamic State in the Sahel are one group
    ["Islamic State (West Africa) - Greater Sahara Faction", "islamic state sahel"],
    ["Islamic State (Greater Sahara)", "islamic state sahel"],
    ["Islamic State (Sahel)", "islamic state sahel"],
    ["ISGS", "islamic state sahel"],
    ["État islamique au Grand Sahara", "islamic state sahel"],
    // but the Lake Chad province is another group
    ["Islamic State (West Africa)", "islamic state west africa"],
    // period suffixes
    ["Military Forces of Burkina Faso (2015-2022)", "military forces of burkina faso"],
    ["Military Forces of Burkina Faso (2022-)", "military forces of burkina faso"],
    ["Military Forces of Niger (2011 - 2021)", "military forces of niger"],
    // state-force units compare at the force
    ["Police Forces of Burkina Faso (2015-2022) Gendarmerie", "police forces of burkina faso"],
    ["Police Forces of Mali Gendarmerie", "police forces of mali"],
    ["Military Forces of Mali (2013-2020) Operational Coordination Mechanism", "military forces of mali"],
    ["Former Police Forces of Burkina Faso (2015-2022)", "former police forces of burkina faso"],
    // "ACRONYM: Long name" and its aliases
    ["JNIM: Group for Support of Islam and Muslims", "jnim"],
    ["Group for Support of Islam and Muslims", "jnim"],
    ["VDP: Volunteer for Defense of Homeland", "vdp"],
    ["Volontaires pour la Défense de la Patrie", "vdp"],
    ["G5S: G5 Sahel Force (2017-)", "g5s"],
    // a coalition's named unit counts as the coalition
    ["Katiba Macina", "jnim"],
    // "and/or" combinations are sets
    ["JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)", "islamic state sahel and/or jnim"],
    ["Islamic State (Sahel) and/or JNIM", "islamic state sahel and/or jnim"],
    // plain names only lose case and accents
    ["Civilians (Burkina Faso)", "civilians (burkina faso)"],
    ["  Koglweogo   Militia ", "koglweogo militia"],
    ["", ""],
  ])("%s -> %s", (name, key) => {
    expect(normaliseActor(name)).toBe(key);
  });

  it("keeps different groups apart", () => {
    expect(normaliseActor("Ansaroul Islam")).not.toBe(normaliseActor("JNIM: Group for Support of Islam and Muslims"));
    expect(normaliseActor("Military Forces of Mali (2013-2020)")).not.toBe(normaliseActor("Police Forces of Mali (2013-2020)"));
    expect(normaliseActor("Civilians (Mali)")).not.toBe(normaliseActor("Civilians (Burkina Faso)"));
  });

  it("compares ACLED's name with either of our names", () => {
    const ours = { name: "ISGS", acled_name: "Islamic State (Sahel)" };
    expect(sameActor("Islamic State (West Africa) - Greater Sahara Faction", ours)).toBe(true);
    expect(sameActor("JNIM: Group for Support of Islam and Muslims", { name: "JNIM", acled_name: "" })).toBe(true);
    expect(sameActor("JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)", ours)).toBe(false);
    expect(actorsOverlap("JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)", ours)).toBe(true);
    expect(sameActor("Civilians (Mali)", null)).toBe(false);
    expect(sameActor(null, null)).toBe(true);
    expect(actorKeys("A and/or B and/or A")).toEqual(["a", "b"]);
  });
});
