import { describe, expect, it } from "vitest";
import { parsePlaceText } from "./parse-place-text.js";

describe("parsePlaceText: relations, anchors and qualifiers", () => {
  it.each([
    ["Djibo", "Djibo", "at", [], null],
    ["near Djibo", "Djibo", "near", [], null],
    ["près de Djibo", "Djibo", "near", [], null],
    ["outskirts of Djibo", "Djibo", "outskirts", [], null],
    ["à la périphérie de Dori", "Dori", "outskirts", [], null],
    ["between Djibo and Arbinda", "Djibo", "between", [], "Arbinda"],
    ["entre Djibo et Arbinda", "Djibo", "between", [], "Arbinda"],
    ["between Douentza & Dansa", "Douentza", "between", [], "Dansa"],
    ["in the area of Tougou", "Tougou", "area", [], null],
    ["the Djibo-Ouagadougou axis", "Djibo", "axis", [], "Ouagadougou"],
    ["l'axe Kaya-Dori", "Kaya", "axis", [], "Dori"],
    ["Kalamba, near Kaya", "Kalamba", "at", [], "Kaya"],
    ["Kalamba, Kaya", "Kalamba", "at", ["Kaya"], null],
    ["Sole, in Loroum province", "Sole", "at", ["Loroum province"], null],
    ["Aribinda (Aribinda, Soum)", "Aribinda", "at", ["Aribinda", "Soum"], null],
    ["in the Djibo area", "Djibo", "area", [], null],
    ["20 km north of Djibo", "Djibo", "near", [], null],
    ["about 15km from Djibo", "Djibo", "near", [], null],
    ["north of Djibo", "Djibo", "near", [], null],
    ["à 20 km au nord de Djibo", "Djibo", "near", [], null],
    ["à 30 km de Kaya", "Kaya", "near", [], null],
    ["au nord de Djibo", "Djibo", "near", [], null],
    ["à une vingtaine de kilomètres de Djibo", "Djibo", "near", [], null],
    ["dans la province du Soum", "Soum", "at", [], null],
    ["à Djibo", "Djibo", "at", [], null],
    ["the Tanghin area of Ouagadougou", "Ouagadougou", "at", [], null],
    ["le quartier Tanghin de Ouagadougou", "Ouagadougou", "at", [], null],
  ])("%s", (text, name, relation, qualifiers, secondary) => {
    const m = parsePlaceText(text);
    expect(m).not.toBeNull();
    expect({ name: m!.name, relation: m!.relation, qualifiers: m!.qualifiers, secondary: m!.secondary }).toEqual({ name, relation, qualifiers, secondary });
  });

  it("keeps the unit word as a kind hint", () => {
    expect(parsePlaceText("province du Loroum")).toMatchObject({ name: "Loroum", kindHint: "admin2" });
    expect(parsePlaceText("cercle de Douentza")).toMatchObject({ name: "Douentza", kindHint: "admin2" });
  });

  it("returns null for empty text", () => {
    expect(parsePlaceText("  ")).toBeNull();
  });
});
