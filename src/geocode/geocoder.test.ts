import { beforeAll, describe, expect, it } from "vitest";
import type { GeocodeContext, PlaceMention } from "../domain/place.js";
import { Geocoder, loadGazetteer } from "./index.js";

/** Uses the committed gazetteer file (data/gazetteer), not ../shared. Expected values are hand-checked against GeoNames and SOURCES.md. */
let geo: Geocoder;
beforeAll(() => {
  geo = new Geocoder(loadGazetteer());
});

const BF: Partial<GeocodeContext> = { countryHints: ["BFA"] };

function km(a: { latitude: number | null; longitude: number | null }, lat: number, lon: number): number {
  const r = Math.PI / 180;
  const x = Math.sin(((lat - a.latitude!) * r) / 2) ** 2 + Math.cos(a.latitude! * r) * Math.cos(lat * r) * Math.sin(((lon - a.longitude!) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}

function mention(name: string, extra: Partial<PlaceMention> = {}): PlaceMention {
  return { start: 0, end: name.length, text: name, name, kindHint: null, relation: "at", qualifiers: [], secondary: null, countryHint: null, rule: "test", ...extra };
}

describe("matching a name", () => {
  it.each([
    ["Arbinda", "Aribinda"],
    ["Seytenga", "Sitenga"],
    ["Solhan", "Solna"],
    ["Barsalogho", "Barsalogo"],
    ["Fada N'Gourma", "Fada N'gourma"],
    ["Fada Ngourma", "Fada N'gourma"],
    ["Fada-N’Gourma", "Fada N'gourma"],
    ["FADA N'GOURMA", "Fada N'gourma"],
    ["Gorom Gorom", "Gorom-Gorom"],
  ])("%s is %s", (text, name) => {
    const loc = geo.locateText(text, BF);
    // The place chosen is the gazetteer entry of that main name...
    expect(loc?.why?.candidates.find((c) => c.gazetteer_id === loc.gazetteer_id)?.name).toBe(name);
    // ...and the record keeps the report's spelling when it is one of the entry's names.
    expect([name, text.trim()]).toContain(loc?.name);
    expect(loc?.iso3).toBe("BFA");
    expect(loc?.geo_precision).toBe(1);
  });

  it.each([
    ["province du Loroum", "Nord", "Loroum"],
    ["Loroum province", "Nord", "Loroum"],
    ["la province de la Gnagna", "Est", "Gnagna"],
    ["Gnagna province", "Est", "Gnagna"],
  ])("%s is the province (precision 3)", (text, admin1, admin2) => {
    const loc = geo.locateText(text, BF);
    expect(loc).toMatchObject({ iso3: "BFA", admin1, admin2, geo_precision: 3 });
  });

  it("cercle de Douentza is the Malian cercle, placed at its capital", () => {
    const loc = geo.locateText("cercle de Douentza");
    expect(loc).toMatchObject({ iso3: "MLI", admin1: "Mopti", admin2: "Douentza", geo_precision: 3 });
    expect(km(loc!, 15.0, -2.95)).toBeLessThan(5);
  });

  it("commune of Djibo and Djibo department are placed at Djibo", () => {
    for (const text of ["commune of Djibo", "Djibo department", "commune de Djibo"]) {
      const loc = geo.locateText(text, BF);
      expect(loc?.admin2).toBe("Soum");
      expect(km(loc!, 14.099, -1.626)).toBeLessThan(3);
    }
  });
});

describe("Burkina Faso's 2025 units", () => {
  it("a 2025 region or province is understood and placed at its capital", () => {
    expect(geo.locateText("région du Liptako", BF)).toMatchObject({ admin1: "Sahel", admin1_2025: "Liptako", geo_precision: 3 });
    const djelgodji = geo.locateText("province du Djelgodji", BF)!;
    expect(djelgodji).toMatchObject({ admin1: "Sahel", admin2: "Soum", admin1_2025: "Soum", admin2_2025: "Djelgodji", geo_precision: 3 });
    expect(km(djelgodji, 14.099, -1.626)).toBeLessThan(3); // Djibo
  });

  it("a pre-2025 province keeps its GeoNames record", () => {
    expect(geo.locateText("province de la Gnagna", BF)?.gazetteer_id).toMatch(/^geonames:/);
  });
});

describe("the seeds' places", () => {
  it("Djibo: Sahel/Soum, 2025 Soum/Djelgodji, precision 1", () => {
    const loc = geo.locateText("Djibo", BF)!;
    expect(loc).toMatchObject({ admin1: "Sahel", admin2: "Soum", admin1_2025: "Soum", admin2_2025: "Djelgodji", geo_precision: 1 });
    expect(km(loc, 14.099, -1.626)).toBeLessThan(1);
  });

  it("Diapaga: Est/Tapoa", () => {
    expect(geo.locateText("Diapaga", BF)).toMatchObject({ admin1: "Est", admin2: "Tapoa", admin2_2025: "Gobnangou", geo_precision: 1 });
  });

  it("Sole, in Loroum province: GeoNames' Tioli (alias Sole), in Loroum though coded Yatenga", () => {
    const loc = geo.locateText("Sole, in Loroum province", BF)!;
    expect(loc).toMatchObject({ name: "Sole", admin1: "Nord", admin2: "Loroum", geo_precision: 1 });
    expect(loc.why?.candidates.find((c) => c.gazetteer_id === loc.gazetteer_id)?.name).toBe("Tioli");
    expect(km(loc, 14.133, -2.109)).toBeLessThan(1);
    expect(loc.why?.decidedBy.join(" ")).toMatch(/qualifier "Loroum"/);
  });

  it("the same from an extraction mention with a qualifier", () => {
    const loc = geo.locate(mention("Sole", { qualifiers: ["Loroum"] }), { documentPlaces: [], countryHints: ["BFA"] })!;
    expect(loc.admin2).toBe("Loroum");
    expect(km(loc, 14.133, -2.109)).toBeLessThan(1);
  });

  it("Kalamba, near Kaya: not in the gazetteer, placed near Kaya at precision 2 under the report's name", () => {
    for (const text of ["Kalamba, near Kaya", "Kalamba, Kaya"]) {
      const loc = geo.locateText(text, BF)!;
      expect(loc.name).toBe("Kalamba");
      expect(loc.geo_precision).toBe(2);
      expect(loc.admin2).toBe("Sanmatenga");
      expect(km(loc, 13.092, -1.084)).toBeLessThan(25);
    }
  });

  it("Gnagna province: precision 3 at its capital, Est/Gnagna", () => {
    const loc = geo.locateText("Gnagna province", BF)!;
    expect(loc).toMatchObject({ admin1: "Est", admin2: "Gnagna", geo_precision: 3 });
    expect(km(loc, 12.97, -0.15)).toBeLessThan(5); // Bogandé
  });
});

describe("hints decide between homonyms", () => {
  it("(Aribinda, Soum) picks Aribinda in Soum", () => {
    expect(geo.locateText("Aribinda (Aribinda, Soum)")).toMatchObject({ name: "Aribinda", admin2: "Soum" });
  });

  it("Kaya follows its province qualifier", () => {
    expect(geo.locateText("Kaya (Sanmatenga)")?.admin2).toBe("Sanmatenga");
    expect(geo.locateText("Kaya, Nahouri province")?.admin2).toBe("Nahouri");
    expect(geo.locateText("Kaya, Kénédougou")?.admin2).toBe("Kénédougou");
  });

  it("a country named with the mention rules out the others", () => {
    expect(geo.locate(mention("Kaya", { countryHint: "MLI" }), { documentPlaces: [], countryHints: [] })?.iso3).toBe("MLI");
    expect(geo.locate(mention("Kaya"), { documentPlaces: [], countryHints: ["BFA"] })?.admin2).toBe("Sanmatenga");
  });

  it("other places of the report pull towards their area", () => {
    const context: GeocodeContext = { documentPlaces: [mention("Tominian"), mention("San")], countryHints: ["MLI"] };
    expect(geo.locate(mention("Kaya"), context)?.admin1).toBe("Ségou");
  });
});

describe("more of the report's own hints", () => {
  it("near the border with Niger picks the homonym by the border", () => {
    // GeoNames has a Yoba in Bam (centre) and one in Yagha (on the Niger border).
    expect(geo.locateText("Yoba, near the border with Niger", BF)?.admin2).toBe("Yagha");
    expect(geo.locateText("Yoba, près de la frontière avec le Niger", BF)?.admin2).toBe("Yagha");
  });

  it("a name whose only gazetteer entry is far from its anchor is placed at the anchor", () => {
    // The only Kalomba is in Namentenga, ~150 km from Djibo: the report means another one.
    const loc = geo.locateText("Kalomba, near Djibo", BF)!;
    expect(loc).toMatchObject({ name: "Kalomba", admin2: "Soum", geo_precision: 2 });
    expect(km(loc, 14.099, -1.626)).toBeLessThan(3);
  });

  it("a quarter or numbered part of a village is placed at the village", () => {
    expect(geo.locateText("Aribinda-Peulh", BF)).toMatchObject({ name: "Aribinda", admin2: "Soum" });
    expect(geo.locateText("Djibo 2", BF)?.admin2).toBe("Soum");
    expect(geo.locateText("Aribinda-Peulh", BF)?.why?.decidedBy.join(" ")).toMatch(/first part "Aribinda"/);
  });

  it("between X and Y keeps X even when Y is far", () => {
    expect(geo.locateText("between Djibo and Ouagadougou", BF)).toMatchObject({ name: "Djibo", geo_precision: 2 });
  });
});

describe("foreign places and common words", () => {
  it.each([
    ["Paris", "FRA"],
    ["Moscow", "RUS"],
    ["Moscou", "RUS"],
    ["Istanbul", "TUR"],
    ["France", "FRA"],
    ["Ukraine", "UKR"],
  ])("%s in a Burkina report is foreign (%s)", (text, iso3) => {
    expect(geo.locateText(text, BF)?.iso3).toBe(iso3);
  });

  it("a common word needs support before it becomes a place", () => {
    expect(geo.locateText("Sole", BF)).toBeNull();
    expect(geo.locate(mention("sole"), { documentPlaces: [], countryHints: ["BFA"] })).toBeNull();
    expect(geo.locateText("Sahel", BF)).toBeNull();
    expect(geo.locateText("Sahel region", BF)).toMatchObject({ admin1: "Sahel", geo_precision: 3 });
  });

  it("a surname or an institution word is not a village without support", () => {
    expect(geo.locateText("Traoré", { countryHints: ["MLI"] })).toBeNull();
    expect(geo.locateText("Garde", BF)).toBeNull();
  });

  it("a minor place abroad is not a guess for a report about another country", () => {
    const loc = geo.locateText("Boulikessi", { countryHints: ["MLI"] });
    expect(loc === null || loc.iso3 === "MLI").toBe(true);
  });
});

describe("precision", () => {
  it.each([
    ["Djibo", 1],
    ["near Djibo", 2],
    ["outskirts of Djibo", 2],
    ["between Djibo and Arbinda", 2],
    ["the Djibo-Ouagadougou axis", 2],
    ["Soum province", 3],
  ])("%s → %d", (text, precision) => {
    expect(geo.locateText(text, BF)?.geo_precision).toBe(precision);
  });

  it("an unknown place stays unknown, or takes the admin unit the text gives", () => {
    expect(geo.locateText("Xqzwvillebourg", BF)).toBeNull();
    const loc = geo.locateText("Xqzwvillebourg, Soum province", BF)!;
    expect(loc).toMatchObject({ name: "Xqzwvillebourg", admin2: "Soum", geo_precision: 3 });
  });
});

describe("the event's place, not every place named", () => {
  it("without a chosen mention, a source place is skipped", () => {
    const context: GeocodeContext = {
      documentPlaces: [mention("Ouagadougou", { text: "from Ouagadougou" }), mention("Djibo", { text: "in Djibo" })],
      countryHints: ["BFA"],
    };
    expect(geo.locate(null, context)?.name).toBe("Djibo");
  });

  it("records the candidates and the evidence", () => {
    const loc = geo.locateText("Kaya (Sanmatenga)", BF)!;
    expect(loc.why!.candidates.length).toBeGreaterThan(1);
    expect(loc.why!.candidates[0].gazetteer_id).toBe(loc.gazetteer_id);
    expect(loc.why!.decidedBy.length).toBeGreaterThan(0);
  });

  it("never throws on odd input", () => {
    expect(geo.locate(mention(""), { documentPlaces: [], countryHints: [] })).toBeNull();
    expect(geo.locateText("((,,))")).toBeNull();
  });
});

describe("prepare()", () => {
  it("builds the lazy parts and changes no answer", () => {
    const before = geo.locateText("Yoba, near the border with Niger", BF);
    expect(geo.prepare()).toBe(geo);
    expect(geo.locateText("Yoba, near the border with Niger", BF)).toEqual(before);
  });
});

describe("names index for extraction", () => {
  it("answers by normalised name", () => {
    expect(geo.names.has("fada-n’gourma")).toBe(true);
    expect(geo.names.has("Xqzwvillebourg")).toBe(false);
    expect(geo.names.kinds("Loroum")).toContain("admin2");
    expect(geo.names.kinds("Djibo")).toEqual(expect.arrayContaining(["settlement", "admin3"]));
    expect(geo.names.countries("Kaya")).toEqual(expect.arrayContaining(["BFA", "MLI"]));
  });
});

describe("the press's short names for big towns", () => {
  let geo: Geocoder;
  beforeAll(() => {
    geo = new Geocoder(loadGazetteer());
  });
  it.each([
    ["Ouaga", [], "Ouagadougou"],
    ["Bobo", ["BFA"], "Bobo-Dioulasso"],
    ["Fada", ["BFA"], "Fada N'gourma"],
  ])("%s (report countries %j) is %s", (name, hints, town) => {
    expect(geo.locateText(name, { countryHints: hints })?.why?.candidates[0]?.name).toBe(town);
  });

  it("Fada qualified by a region of Niger is the village of Niger, not the Burkinabe town", () => {
    expect(geo.locateText("Fada (Tillabéri)", { countryHints: ["NER"] })?.iso3).toBe("NER");
  });
});
