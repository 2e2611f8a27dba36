import { describe, expect, it } from "vitest";
import { evidenceFor, onlyEvent } from "./testing/test-document.js";

describe("weapons", () => {
  it("expands a variant list and records who captured from whom", () => {
    const text = "On 3 May 2025, ISGS militants attacked JNIM fighters near Kaya and seized Chinese Type 56(-1/-2) rifles and a PKM.";
    const e = onlyEvent(text);
    expect(e.weapons.map((w) => w.name)).toEqual(["Type 56", "Type 56-1", "Type 56-2", "PKM"]);
    expect(e.weapons.every((w) => w.captured_by === "Islamic State (Sahel)" && w.captured_from === "JNIM: Group for Support of Islam and Muslims")).toBe(true);
    expect(e.weapons[0].origin_country).toBe("China");
    expect(evidenceFor(e, text, "weapons")).toEqual(["Type 56(-1/-2)", "PKM"]);
  });

  it("a weapon used is not captured", () => {
    const e = onlyEvent("On 3 May 2025, an IED exploded under a bus near Djibo, killing four passengers.");
    expect(e.weapons).toEqual([{ name: "IED", category: "improvised explosive device", origin_country: null, captured_by: null, captured_from: null }]);
  });

  it("reads Zastava models with their country of manufacture", () => {
    const e = onlyEvent("On 3 May 2025, militants overran the army post in Djibo and captured Zastava M70AB2 rifles, RPG-7 launchers and PG-7V rockets.");
    expect(e.weapons.map((w) => [w.name, w.origin_country])).toEqual([["Zastava M70AB2", "Serbia"], ["RPG-7", "Russia"], ["PG-7V", "Bulgaria"]]);
  });
});
