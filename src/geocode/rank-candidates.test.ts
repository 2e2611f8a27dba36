import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceMention } from "../domain/place.js";
import { Geocoder, loadGazetteer } from "./index.js";

/**
 * Choosing among namesakes: hand-written mentions where the report's explicit unit (", Koro",
 * "cercle of Koro", "Mopti Region") must decide, and where it must not.
 */
let geo: Geocoder;
beforeAll(() => {
  geo = new Geocoder(loadGazetteer());
});

function mention(name: string, extra: Partial<PlaceMention> = {}): PlaceMention {
  return { start: 20, end: 20 + name.length, text: name, name, kindHint: null, relation: "at", qualifiers: [], secondary: null, countryHint: null, rule: "test", ...extra };
}

function locate(m: PlaceMention, countryHints: string[] = [], areaHints: string[] = []) {
  return geo.locate(m, { documentPlaces: [m], countryHints, areaHints });
}

describe("a qualifier that names a cercle, province or region is the unit, not a village of that name", () => {
  it("a mine planted near Doma, Koro: no Doma lies in Koro cercle, so the event is placed by Koro, not at a Doma by another village called Koro", () => {
    const loc = locate(mention("Doma", { relation: "near", qualifiers: ["Koro"] }), ["MLI"])!;
    expect(loc.admin1).toBe("Mopti");
    expect(loc.admin2).toBe("Koro");
    expect(loc.geo_precision).toBe(2);
  });

  it("an ambush by the village of Bondo, cercle of Koro: the Bondo near Kati is not it", () => {
    const loc = locate(mention("Bondo", { kindHint: "settlement", qualifiers: ["Koro"] }), ["MLI"])!;
    expect(loc.admin2).toBe("Koro");
  });

  it("a spelling variant outside both units the report names (Tancoulle (Koro), Mopti Region) yields to them", () => {
    const loc = locate(mention("Tancoulle", { kindHint: "settlement", qualifiers: ["Koro", "Mopti"] }), ["MLI"])!;
    expect(loc.admin1).toBe("Mopti");
    expect(loc.name).toBe("Tancoulle");
  });

  it("noise: a village 30 km from the unit's own town but coded in the next cercle stays (Tonka (Goundam))", () => {
    const loc = locate(mention("Tonka", { qualifiers: ["Goundam"] }), ["MLI"])!;
    expect(loc.name).toBe("Tonka");
    expect(loc.geo_precision).toBe(1);
  });

  it("noise: a border village coded in the neighbouring province of the same region stays (Gomboro (Kossi))", () => {
    const loc = locate(mention("Gomboro", { qualifiers: ["Kossi"] }), ["BFA"])!;
    expect(loc.name).toBe("Gomboro");
    expect(loc.geo_precision).toBe(1);
  });

  it("noise: a place of Ménaka is in the Gao region a report of the old regions names (Anderamboukane, Gao region)", () => {
    const loc = locate(mention("Anderamboukane", { qualifiers: ["Gao"] }), ["MLI"])!;
    expect(loc.name).toBe("Anderamboukane");
    expect(loc.geo_precision).toBe(1);
  });

  it("noise: the unit's name does not pull a place out of the country the text names (Koro in Passoré, Burkina Faso)", () => {
    const loc = locate(mention("Koro", { qualifiers: ["Passoré"], countryHint: "BFA" }), ["BFA"])!;
    expect(loc.iso3).toBe("BFA");
    expect(loc.admin2).toBe("Passoré");
  });
});

describe("'the hamlet of' says a village is meant, not which spelling variant", () => {
  it("the hamlet of Dantao, in a report of unknown country, is not a Danchia 1,000 km east in Niger", () => {
    expect(locate(mention("Dantao", { kindHint: "settlement" }), [], ["MLI:Mopti", "MLI:Ségou"])).toBeNull();
  });

  it("noise: a village found under its own name is still placed (the village of Bargou)", () => {
    const loc = locate(mention("Bargou", { kindHint: "settlement" }), ["MLI"])!;
    expect(loc.admin2).toBe("Koro");
  });
});

describe("equal namesakes: the one nearer the report's other places", () => {
  const withOthers = (name: string, others: string[], countryHints: string[] = ["MLI"]) => {
    const m = mention(name);
    const rest = others.map((o, i) => mention(o, { start: 400 + i * 30, end: 400 + i * 30 + o.length }));
    return geo.locate(m, { documentPlaces: [m, ...rest], countryHints });
  };

  it("a herders' camp called Pétél, in a report that also names Bandiagara: the camp of Koro cercle, 100 km off, not the one of Douentza", () => {
    const loc = withOthers("Pétél", ["Bandiagara"])!;
    expect(loc.admin2).toBe("Koro");
  });

  it("noise: a place of the report too far from both camps (Djenné) parts neither: the older record stays", () => {
    expect(withOthers("Pétél", ["Djenne"])!.admin2).toBe("Douentza");
    expect(withOthers("Pétél", [])!.admin2).toBe("Douentza");
  });

  it("noise: nearness breaks a tie, never a refusal: a village in two countries with nothing for either stays unresolved", () => {
    expect(withOthers("Nogo", ["Bandiagara"], [])).toBeNull();
  });
});

describe("a spelling variant outside the regions where the event's groups are active needs other support", () => {
  it("Tancoulle in a Malian report on Dogon and Fulani militias is no Tankoulé 300 km off in Ségou: unresolved", () => {
    expect(locate(mention("Tancoulle", { kindHint: "settlement" }), ["MLI"], ["MLI:Mopti"])).toBeNull();
  });

  it("noise: the variant inside the groups' region is still placed (Orossagou, Mopti)", () => {
    const loc = locate(mention("Orossagou"), ["MLI"], ["MLI:Mopti"])!;
    expect(loc.admin1).toBe("Mopti");
  });

  it("noise: with no group named, the report's country is support enough (Tancoulle in a Malian report)", () => {
    expect(locate(mention("Tancoulle"), ["MLI"])?.admin1).toBe("Ségou");
  });
});
