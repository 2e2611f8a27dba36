import { beforeAll, describe, expect, it } from "vitest";
import type { GeocodeContext, PlaceMention } from "../domain/place.js";
import { Geocoder, loadGazetteer } from "./index.js";

/**
 * Hand-written report phrases for the fallbacks and guards added on top of plain ranking.
 * Expected places are hand-checked against GeoNames (coordinates rounded).
 */
let geo: Geocoder;
beforeAll(() => {
  geo = new Geocoder(loadGazetteer());
});

function km(a: { latitude: number | null; longitude: number | null }, lat: number, lon: number): number {
  const r = Math.PI / 180;
  const x = Math.sin(((lat - a.latitude!) * r) / 2) ** 2 + Math.cos(a.latitude! * r) * Math.cos(lat * r) * Math.sin(((lon - a.longitude!) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}

function mention(name: string, start: number, extra: Partial<PlaceMention> = {}): PlaceMention {
  return { start, end: start + name.length, text: name, name, kindHint: null, relation: "at", qualifiers: [], secondary: null, countryHint: null, rule: "test", ...extra };
}

describe("an unknown event place is located by the place named next to it", () => {
  it("the hamlet of Kossolgou, close to Matiakoali in Gourma → near Matiakoali, precision 2, under the report's name", () => {
    // "... shot a herder in the hamlet of Kossolgou, close to Matiakoali in Gourma province."
    const kossolgou = mention("Kossolgou", 40, { text: "hamlet of Kossolgou", kindHint: "settlement" });
    const matiakoali = mention("Matiakoali", 60, { qualifiers: ["Gourma"] });
    const ctx: GeocodeContext = { documentPlaces: [kossolgou, matiakoali], countryHints: ["BFA"] };
    const loc = geo.locate(kossolgou, ctx)!;
    expect(loc.name).toBe("Kossolgou");
    expect(loc.geo_precision).toBe(2);
    expect(loc.admin2).toBe("Gourma");
    expect(km(loc, 12.355, 1.033)).toBeLessThan(10);
  });

  it("a place named far away in the report is not used", () => {
    const unknown = mention("Kossolgou", 0);
    const far = mention("Matiakoali", 400);
    expect(geo.locate(unknown, { documentPlaces: [unknown, far], countryHints: ["BFA"] })).toBeNull();
  });

  it("a source place next to it is not used", () => {
    const unknown = mention("Kossolgou", 0);
    const source = mention("Ouagadougou", 10, { text: "from Ouagadougou" });
    expect(geo.locate(unknown, { documentPlaces: [unknown, source], countryHints: ["BFA"] })).toBeNull();
  });
});

describe("qualifiers that rule out every namesake", () => {
  it("Kabougou (Tansarga, Tapoa): the only Kabougou is in Mali, so the commune Tansarga is the answer", () => {
    const loc = geo.locateText("Kabougou (Tansarga, Tapoa)", { countryHints: ["MLI"] })!;
    expect(loc.iso3).toBe("BFA");
    expect(loc.admin2).toBe("Tapoa");
    expect(loc.geo_precision).toBe(2);
    expect(loc.name).toBe("Kabougou");
  });

  it("Gountoure (Deou, Oudalan): the Gountoure recorded in Oudalan is 90 km from Déou; placed at Déou", () => {
    const loc = geo.locateText("the area of Gountoure (Deou, Oudalan)", { countryHints: ["BFA"] })!;
    expect(km(loc, 14.6, -0.72)).toBeLessThan(10);
    expect(loc.geo_precision).toBe(2);
  });

  it("a namesake inside the commune's reach is kept (Belgou is not moved when its qualifier agrees)", () => {
    const loc = geo.locateText("Aribinda (Aribinda, Soum)", { countryHints: ["BFA"] })!;
    expect(loc.geo_precision).toBe(1);
    expect(loc.admin2).toBe("Soum");
  });
});

describe("the report's own coding statement", () => {
  it("Kara (coded as Sangha at geoprecision 2) → Sangha in Bandiagara, precision 2", () => {
    const m = mention("Kara", 0, { text: "Kara (coded as Sangha at geoprecision 2)", secondary: "Sangha", relation: "near", rule: "en/place-coded-as" });
    const loc = geo.locate(m, { documentPlaces: [m], countryHints: ["MLI"] })!;
    expect(loc.admin1).toBe("Mopti");
    expect(km(loc, 14.46, -3.31)).toBeLessThan(15);
    expect(loc.geo_precision).toBe(2);
  });

  it("the same anchor from another rule is only an anchor", () => {
    const m = mention("Djibo", 0, { secondary: "Sangha", relation: "near", rule: "en/place-near" });
    expect(geo.locate(m, { documentPlaces: [m], countryHints: ["BFA"] })!.name).toBe("Djibo");
  });
});

describe("names, kinds and relations", () => {
  it("Bobo-Dioulassa is a misspelling of Bobo-Dioulasso, not Bobo in Côte d'Ivoire", () => {
    const loc = geo.locateText("Bobo-Dioulassa")!;
    expect(loc.iso3).toBe("BFA");
    expect(loc.admin2).toBe("Houet");
  });

  it("Tonga in a Sahel report is a village, not the Pacific country", () => {
    expect(geo.locateText("Tonga", { countryHints: ["BFA"] })!.iso3).toBe("BFA");
    // alone: a Sahel village (a coin toss between Sahel namesakes is no place), never the kingdom
    expect(geo.locateText("Tonga")?.iso3).not.toBe("TON");
    expect(geo.locateText("France")!.iso3).toBe("FRA");
  });

  it("the Soum Department and Soum province are the province, placed at Djibo", () => {
    for (const text of ["the Soum Department", "Soum province", "la province du Soum"]) {
      const loc = geo.locateText(text, { countryHints: ["BFA"] })!;
      expect(loc.geo_precision).toBe(3);
      expect(loc.admin2).toBe("Soum");
      expect(km(loc, 14.1, -1.63)).toBeLessThan(5);
    }
  });

  it("in the area of Tougou is near Tougou (precision 2)", () => {
    expect(geo.locateText("in the area of Tougou", { countryHints: ["BFA"] })!.geo_precision).toBe(2);
  });

  it("between Douentza & Dansa keeps Douentza at precision 2", () => {
    const loc = geo.locateText("between Douentza & Dansa", { countryHints: ["MLI"] })!;
    expect(loc.name).toBe("Douentza");
    expect(loc.geo_precision).toBe(2);
  });
});

describe("two mentions that belong together", () => {
  it("in Mariko, near Niono: the only Mariko is 150 km away, so the event is placed by Niono", () => {
    // "... burned a granary in Mariko, near Niono, on Friday."
    const mariko = mention("Mariko", 0, { text: "in Mariko", end: 9 });
    const niono = mention("Niono", 11, { text: "near Niono", relation: "near" });
    const loc = geo.locate(mariko, { documentPlaces: [mariko, niono], countryHints: ["MLI"] })!;
    expect(loc.admin2).toBe("Niono");
    expect(km(loc, 14.25, -5.99)).toBeLessThan(10);
  });

  it("a source mention yields to a scene named elsewhere in the report", () => {
    // "... stopped a bus that had left Menaka, in the area of Tessit"
    const menaka = mention("Menaka", 0, { text: "from Menaka" });
    const tessit = mention("Tessit", 30, { text: "area of Tessit", relation: "near" });
    const loc = geo.locate(menaka, { documentPlaces: [menaka, tessit], countryHints: ["MLI"] })!;
    expect(loc.name).toBe("Tessit");
    expect(geo.locate(menaka, { documentPlaces: [menaka], countryHints: ["MLI"] })!.name).toBe("Ménaka");
  });
});

describe("country hints that cannot be right", () => {
  it("protest in Bamako inspired by the yellow vests in France: France has no Bamako, so its hint does not rule Bamako out", () => {
    const bamako = mention("Bamako", 60, { text: "in Bamako", countryHint: "FRA" });
    const loc = geo.locate(bamako, { documentPlaces: [bamako], countryHints: ["FRA"] })!;
    expect(loc.iso3).toBe("MLI");
  });

  it("a Sahel country named with the mention still rules out the others", () => {
    const loc = geo.locate(mention("Tougou", 0, { countryHint: "MLI" }), { documentPlaces: [], countryHints: [] })!;
    expect(loc.iso3).toBe("MLI");
  });

  it("a province abroad is not an accidental homonym: Kenedougou in a report guessed to be about Niger", () => {
    const loc = geo.locateText("Kenedougou province", { countryHints: ["NER"] })!;
    expect(loc.iso3).toBe("BFA");
    expect(loc.admin2).toBe("Kénédougou");
  });
});

describe("the names index answers for spelling variants of Sahel villages", () => {
  it("knows Talataye (Telataï) and Gasseliki (Gassiliki), which the gazetteer spells otherwise", () => {
    expect(geo.names.has("Talataye")).toBe(true);
    expect(geo.names.has("Gasseliki")).toBe(true);
    const loc = geo.locateText("near Gasseliki", { countryHints: ["BFA"] })!;
    expect(loc.admin2).toBe("Soum");
  });

  it("but not possessives, several words, short or lower-case words", () => {
    expect(geo.names.has("Burkina Faso’s")).toBe(false);
    expect(geo.names.has("Kaya's")).toBe(false);
    expect(geo.names.has("Gasseliki Dori")).toBe(false);
    expect(geo.names.has("gasseliki")).toBe(false);
    expect(geo.names.has("Tuesday")).toBe(false);
  });
});

describe("lists and the report's other places", () => {
  it("the regions of Centre-Nord, Nord, and Sahel: a list of regions, the first placed at its capital Kaya", () => {
    const loc = geo.locateText("the regions of Centre-Nord, Nord, and Sahel", { countryHints: ["BFA"] })!;
    expect(loc.admin1).toBe("Centre-Nord");
    expect(loc.geo_precision).toBe(3);
  });

  it("a Malian village in a report guessed to be about Burkina Faso is kept when another place of the report is beside it", () => {
    // "... attacked the village of Tenenkou; residents fled to Dioura." with the actors' country guessed wrongly
    const tenenkou = mention("Tenenkou", 0, { text: "village of Tenenkou" });
    const other = mention("Diafarabe", 60, { text: "to Diafarabe" });
    const loc = geo.locate(tenenkou, { documentPlaces: [tenenkou, other], countryHints: ["BFA"] });
    expect(loc?.iso3).toBe("MLI");
    expect(geo.locate(tenenkou, { documentPlaces: [tenenkou], countryHints: ["BFA"] })).toBeNull();
  });
});

describe("the province written with the name outweighs a country named after it", () => {
  it("in Di, Sourou Province near the Mali border: Di in Sourou, Burkina Faso", () => {
    const di = mention("Di", 0, { text: "in Di, Sourou Province", end: 22, qualifiers: ["Sourou Province"], countryHint: "MLI" });
    const mali = mention("Mali", 23, { text: "near the Mali", relation: "near", kindHint: "country", countryHint: "MLI" });
    const loc = geo.locate(di, { documentPlaces: [di, mali], countryHints: ["MLI"] })!;
    expect(loc.iso3).toBe("BFA");
    expect(loc.admin2).toBe("Sourou");
    expect(loc.geo_precision).toBe(1);
  });
});

describe("the regions where the event's groups are active part namesakes", () => {
  it("Baye named with Dogon hunters (Mopti) is the Baye of Mopti, not the one in Kayes or Burkina Faso", () => {
    const baye = mention("Baye", 0);
    // with nothing in the report, Baye is a toss-up between countries: no place, and in any case not Mopti's
    const plain = geo.locate(baye, { documentPlaces: [baye], countryHints: [] });
    expect(plain?.admin1 ?? null).not.toBe("Mopti");
    const loc = geo.locate(baye, { documentPlaces: [baye], countryHints: [], areaHints: ["MLI:Mopti"] })!;
    expect(loc.iso3).toBe("MLI");
    expect(loc.admin1).toBe("Mopti");
  });

  it("the report's own qualifiers outweigh the region of its groups", () => {
    const douna = mention("Douna", 0, { qualifiers: ["Bla", "Segou"] });
    const loc = geo.locate(douna, { documentPlaces: [douna], countryHints: [], areaHints: ["MLI:Mopti"] })!;
    expect(loc.admin1).toBe("Ségou");
  });

  it("a region hint in a country with no namesake changes nothing", () => {
    const douna = mention("Douna", 0);
    const without = geo.locate(douna, { documentPlaces: [douna], countryHints: ["MLI"] })!;
    const loc = geo.locate(douna, { documentPlaces: [douna], countryHints: ["MLI"], areaHints: ["NER:Diffa"] })!;
    expect(loc.gazetteer_id).toBe(without.gazetteer_id);
  });
});

describe("a Sahel country named with a place that has no namesake there was named as the border", () => {
  it("forest area of Mondoro near Burkina Faso's border → the Mondoro of Mali, a few km from that border", () => {
    const mondoro = mention("Mondoro", 0, { countryHint: "BFA" });
    const loc = geo.locate(mondoro, { documentPlaces: [mondoro], countryHints: ["BFA"] })!;
    expect(loc.iso3).toBe("MLI");
    expect(loc.admin2).toBe("Douentza");
  });

  it("a namesake far from that border is not taken: Tessalit named with Burkina Faso stays unknown", () => {
    const tessalit = mention("Tessalit", 0, { countryHint: "BFA" });
    expect(geo.locate(tessalit, { documentPlaces: [tessalit], countryHints: ["BFA"] })).toBeNull();
  });
});

describe("a border said of an unknown place holds for the place it is located by", () => {
  it("Wendoubou by Kiri, not far from Burkina Faso (its border) → the Kiri of Mali along that border", () => {
    const wendoubou = mention("Wendoubou", 0, { secondary: "Kiri", qualifiers: ["border with Burkina Faso"] });
    const loc = geo.locate(wendoubou, { documentPlaces: [wendoubou], countryHints: [] })!;
    expect(loc.iso3).toBe("MLI");
    expect(loc.admin1).toBe("Mopti");
    expect(loc.name).toBe("Wendoubou");
  });
});

describe("spelling variants of wells and localities (the named places of nomadic areas)", () => {
  it("Tagarangabot in a report about Gao's militias is the well Tagaran Gabout", () => {
    const tarkint = mention("Tagarangabot", 0);
    const loc = geo.locate(tarkint, { documentPlaces: [tarkint], countryHints: [], areaHints: ["MLI:Gao"] })!;
    expect(loc.iso3).toBe("MLI");
    expect(loc.admin1).toBe("Gao");
  });

  it("with no country and nothing else in the report, a misspelt well is not guessed", () => {
    const tarkint = mention("Tagarangabot", 0);
    expect(geo.locate(tarkint, { documentPlaces: [tarkint], countryHints: [] })).toBeNull();
  });
});

describe("the bare name of twin villages (Kologon-Habe and its neighbours)", () => {
  it("Kologon is the village recorded as Koulogon-Habe (Kologon-Habe)", () => {
    const kologon = mention("Kologon", 0);
    const loc = geo.locate(kologon, { documentPlaces: [kologon], countryHints: ["MLI"] })!;
    expect(loc.admin1).toBe("Mopti");
    expect(loc.why?.decidedBy.join(" ")).toMatch(/twin villages/);
  });

  it("a bare name with no twin stays unknown", () => {
    const none = mention("Zarbalmoussa", 0);
    expect(geo.locate(none, { documentPlaces: [none], countryHints: ["MLI"] })).toBeNull();
  });
});

describe("a city is not moved by a qualifier it contradicts", () => {
  it("Bobo-Dioulasso read with the Sahel region (named later in the sentence) stays in Hauts-Bassins", () => {
    const bobo = mention("Bobo-Dioulasso", 0, { qualifiers: ["Sahel"] });
    const loc = geo.locate(bobo, { documentPlaces: [bobo], countryHints: ["BFA"] })!;
    expect(loc.admin1).toBe("Hauts-Bassins");
  });
});

describe("a region more of the event's groups point to weighs more", () => {
  it("Sabere with Fulani militiamen (Mopti, Ségou) and Dogon victims (Mopti) is the Sabéré of Mopti", () => {
    const sabere = mention("Sabere", 0);
    const loc = geo.locate(sabere, { documentPlaces: [sabere], countryHints: ["MLI"], areaHints: ["MLI:Mopti", "MLI:Ségou", "MLI:Mopti"] })!;
    expect(loc.admin1).toBe("Mopti");
  });
});

describe("among spelling variants, the closer spelling first", () => {
  it("Ouolon is the Wolon of Ségou (same sounds) before Woloni or Ouolona", () => {
    const ouolon = mention("Ouolon", 0);
    const loc = geo.locate(ouolon, { documentPlaces: [ouolon], countryHints: ["MLI"], areaHints: ["MLI:Ségou"] })!;
    expect(loc.why?.candidates[0]?.name).toBe("Wolon");
  });
});
