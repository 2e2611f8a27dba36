import { describe, expect, it } from "vitest";
import { evidenceFor } from "./testing/test-document.js";
import { extractFrench, onlyFrenchEvent } from "./testing/french-document.js";

// [sentence, place name, kind hint, relation, qualifiers, secondary, evidence]
const CASES: Array<[string, string, string | null, string, string[], string | null, string]> = [
  ["Mardi, des hommes armés ont attaqué Djibo, tuant deux civils.", "Djibo", null, "at", [], null, "Djibo"],
  ["Mardi, des hommes armés ont tué deux civils à Djibo.", "Djibo", null, "at", [], null, "à Djibo"],
  ["Mercredi, quatorze habitants ont été abattus dans le village de Sobane, au centre du Mali.", "Sobane", "settlement", "at", [], null, "village de Sobane"],
  ["Jeudi, des jihadistes ont attaqué le poste de Rollo (45km de Kaya, Centre-Nord).", "Rollo", "settlement", "at", ["Centre-Nord"], "Kaya", "poste de Rollo (45km de Kaya, Centre-Nord)"],
  ["Lundi, des individus armés ont tué un homme dans le hameau de Hamkane, situé à 7 km d'Arbinda.", "Hamkane", "settlement", "at", [], "Arbinda", "hameau de Hamkane, situé à 7 km d'Arbinda"],
  ["Lundi, 29 soldats ont été tués lors d'une attaque au nord-ouest de Tabatol.", "Tabatol", null, "near", [], null, "au nord-ouest de Tabatol"],
  ["Lundi, deux soldats ont été tués dans une embuscade près de Djibo, dans la province du Soum.", "Djibo", null, "near", ["Soum"], null, "près de Djibo"],
  ["Lundi, des hommes armés ont attaqué un camp dans la région du Sahel, tuant deux soldats.", "Sahel", "admin1", "area", [], null, "région du Sahel"],
  ["Lundi, des hommes armés ont tué sept civils dans la commune de Tillia.", "Tillia", "admin3", "area", [], null, "commune de Tillia"],
  ["Lundi, des hommes armés ont attaqué le détachement militaire de Toéni, tuant trois soldats.", "Toéni", "settlement", "at", [], null, "détachement militaire de Toéni"],
  ["Lundi, des hommes armés ont tué cinq civils dans le cercle de Douentza.", "Douentza", "admin2", "area", [], null, "cercle de Douentza"],
  ["Lundi, des hommes armés ont tué cinq civils dans la région de Tillabéri.", "Tillabéri", "admin1", "area", [], null, "région de Tillabéri"],
  ["Lundi, des hommes armés ont tué cinq civils dans la province de la Tapoa.", "Tapoa", "admin2", "area", [], null, "province de la Tapoa"],
  ["Lundi, une attaque a fait une vingtaine de morts au Centre-Nord.", "Centre-Nord", "admin1", "area", [], null, "au Centre-Nord"],
  ["Lundi, des jihadistes ont attaqué un convoi entre Mamba et Toye, tuant trois soldats.", "Mamba", null, "between", [], "Toye", "entre Mamba et Toye"],
  // "à" also means "to": an unknown name after it is no place ("liés à Ansar Dawa")
  ["Lundi, des hommes armés liés à Ansar Dawa ont tué deux civils à Djibo.", "Djibo", null, "at", [], null, "à Djibo"],
  // premises named after the force holding them ("un poste de VDP", "la base des FAMa") are no place
  ["Lundi, des hommes armés ont attaqué un poste de VDP à Djibo, tuant trois volontaires.", "Djibo", null, "at", [], null, "à Djibo"],
  ["Lundi, des jihadistes ont attaqué un camp de FAMa près de Boni, tuant deux soldats.", "Boni", null, "near", [], null, "près de Boni"],
  // a quarter of a town is the town
  ["Lundi, des hommes armés ont tué un commerçant dans le quartier Wemtenga de Ouagadougou.", "Ouagadougou", "settlement", "at", [], null, "quartier Wemtenga de Ouagadougou"],
];

describe("French places", () => {
  it.each(CASES)("%s", (text, name, kind, relation, qualifiers, secondary, evidence) => {
    const e = onlyFrenchEvent(text);
    expect(e.place?.name).toBe(name);
    expect(e.place?.kindHint ?? null).toBe(kind);
    expect(e.place?.relation).toBe(relation);
    expect(e.place?.qualifiers).toEqual(qualifiers);
    expect(e.place?.secondary ?? null).toBe(secondary);
    expect(evidenceFor(e, text, "location")).toEqual([evidence]);
  });

  it("an unknown place takes the province the report gives it elsewhere", () => {
    const text = "Jeudi, des jihadistes ont attaqué les détachements de Kiembara et de Banh, tuant cinq soldats. Le premier assaut a frappé le détachement de Kiembara, un village dans la province du Sourou.";
    const e = extractFrench(text).events[0];
    expect(e.place?.name).toBe("Kiembara");
    expect(e.place?.qualifiers).toEqual(["Sourou"]);
  });

  it("a compass word that orients another place is not a region", () => {
    const e = onlyFrenchEvent("Lundi, des jihadistes ont tué quatre civils au Nord du Mali.");
    expect(e.place?.name ?? null).not.toBe("Nord");
  });

  it("a border is a landmark, not the place's country", () => {
    const e = onlyFrenchEvent("Lundi, des jihadistes ont attaqué le village de Bargou, près de la frontière avec le Burkina Faso, tuant deux civils.");
    expect(e.place?.name).toBe("Bargou");
    expect(e.place?.countryHint ?? null).toBeNull();
    expect(e.place?.qualifiers).toContain("border with Burkina Faso");
  });

  it("the inner Niger delta is not the country either", () => {
    const e = onlyFrenchEvent("Lundi, des hommes armés ont tué deux pêcheurs dans le delta intérieur du Niger, près de Menaka.");
    expect(e.place?.name).toBe("Menaka");
    expect(e.actor2?.acled_name ?? "").not.toContain("Niger");
  });

  it("the Niger river is not the country", () => {
    const e = onlyFrenchEvent("Lundi, des hommes armés ont attaqué une pirogue sur le fleuve Niger près de Menaka, tuant deux pêcheurs.");
    expect(e.place?.name).toBe("Menaka");
    expect(e.place?.countryHint ?? null).toBeNull();
  });

  it("the wider Sahel is not the Burkinabè region", () => {
    const e = onlyFrenchEvent("Lundi, des jihadistes ont tué quatre civils au Sahel.");
    expect(e.place?.name ?? null).not.toBe("Sahel");
  });
});
