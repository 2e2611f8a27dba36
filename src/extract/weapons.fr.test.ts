import { describe, expect, it } from "vitest";
import { onlyFrenchEvent } from "./testing/french-document.js";

describe("French weapons", () => {
  it("names weapons used, and weapons seized as captured", () => {
    const used = onlyFrenchEvent("Lundi, des hommes armés de kalachnikovs ont attaqué le village de Dablo, tuant quatre civils.");
    expect(used.weapons.map((w) => [w.name, w.captured_by])).toEqual([["AK-47", null]]);
    const seized = onlyFrenchEvent("Lundi, les FDS ont repoussé une attaque à Djibo et saisi des kalachnikovs et un mortier.");
    expect(seized.weapons.map((w) => w.name)).toEqual(["AK-47", "mortar"]);
    expect(seized.weapons.every((w) => w.captured_by !== null)).toBe(true);
  });

  it("an improvised explosive device is the weapon of a mine attack", () => {
    const e = onlyFrenchEvent("Lundi, près de Tongomayel, un camion de ravitaillement a sauté sur un engin explosif improvisé.");
    expect(e.weapons.map((w) => w.name)).toEqual(["IED"]);
  });
});
