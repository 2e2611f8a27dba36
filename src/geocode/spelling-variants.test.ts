import { beforeAll, describe, expect, it } from "vitest";
import type { GeocodeContext, PlaceMention } from "../domain/place.js";
import { Geocoder, loadGazetteer } from "./index.js";
import type { GazetteerPlace } from "./load-gazetteer.js";
import { nameKey } from "./normalise-name.js";
import { SpellingVariants, transliterationKey } from "./spelling-variants.js";

/** Hand-written names (invented villages unless said otherwise) for the last spelling fallback. */

describe("French and English renderings of one name share a transliteration key", () => {
  it.each([
    ["Djoumbala", "Dioumbala"], // French di before a vowel, English dj
    ["Djoumbala", "Jumbala"], // dj/j, ou/u
    ["Tchirgoma", "Chirgoma"], // tch/ch
    ["Shirgoma", "Chirgoma"], // English sh, French ch
    ["Gnirabo", "Nirabo"], // French gn
    ["Wendoukiri", "Ouendoukiri"], // English w, French ou
    ["Dyamboro", "Diamboro"], // y/i
    ["Kallassoba", "Kalasoba"], // doubled letters
    ["Boulsambé", "Boulsambe"], // accents
    ["Tin-Ghassar", "Tin Rassar"], // Tamasheq gh/r, hyphen and space
    ["Yarcé", "Yarsé"], // soft c
    ["Koulkabé", "Qoulkabe"], // q/k, ou/u
    ["Hamdalla", "Amdala"], // h dropped, doubled letters
  ])("%s ~ %s", (a, b) => {
    expect(transliterationKey(a)).toBe(transliterationKey(b));
  });

  it.each([
    ["Kara", "Koro"], // vowels tell villages apart
    ["Palace", "Palasso"],
    ["Sirba", "Zirba"], // s and z stay apart
    ["Diina", "Jina"], // di before i is not j
  ])("%s is not %s", (a, b) => {
    expect(transliterationKey(a)).not.toBe(transliterationKey(b));
  });
});

function place(name: string, iso2 = "ML", alternates: string[] = []): GazetteerPlace {
  return {
    id: `test:${nameKey(name)}`, name, alternates, lat: 14, lon: -3, fclass: "P", fcode: "PPL", kind: "settlement", iso2, iso3: iso2 === "ML" ? "MLI" : "BFA",
    country: iso2 === "ML" ? "Mali" : "Burkina Faso", admin1: null, admin2: null, admin3: null, admin1_2025: null, admin2_2025: null, adminSource: null, population: 0, order: 1,
  };
}

describe("the spelling-variant index: same key, else one edit", () => {
  const places = [place("Dioukamba"), place("Torisanga"), place("Barke"), place("Tamalkane"), place("Kolembara"), place("Sidibourou", "BF", ["Sidibouru"]), place("Gandafou"), place("Gondafou")];
  let index: SpellingVariants;
  beforeAll(() => {
    index = new SpellingVariants();
    for (const p of places) for (const n of [p.name, ...p.alternates]) index.add(p, n, nameKey(n));
  });
  const found = (name: string): string[] => index.find(name).map((m) => `${m.place.name}:${m.distance}`);

  it("the same transliteration key is distance 0", () => {
    expect(found("Djoukamba")).toEqual(["Dioukamba:0"]);
  });

  it("a letter changed, dropped, added or two swapped is distance 1", () => {
    expect(found("Torisenga")).toEqual(["Torisanga:1"]);
    expect(found("Torisnga")).toEqual(["Torisanga:1"]);
    expect(found("Torrisanga")).toEqual(["Torisanga:0"]); // a doubled letter is no edit at all
    expect(found("Torisangra")).toEqual(["Torisanga:1"]);
    expect(found("Toirsanga")).toEqual(["Torisanga:1"]);
  });

  it("a place found under two of its spellings comes once", () => {
    expect(found("Sidibourou")).toEqual(["Sidibourou:0"]);
  });

  it("all the places one edit away come back, for the geocoder to tell apart or refuse", () => {
    expect(found("Gundafou").sort()).toEqual(["Gandafou:1", "Gondafou:1"]);
  });

  it("nothing for short names, two edits, digits, or a letter added at either end (an affix: T-, -t)", () => {
    expect(found("Barka")).toEqual([]); // key of 5 letters: one edit is another village
    expect(found("Bark")).toEqual([]); // under 5 letters
    expect(found("Kulimbora")).toEqual([]); // three edits
    expect(found("Torisanga 2")).toEqual([]);
    expect(found("Amalkane")).toEqual([]);
    expect(found("Tamalkanet")).toEqual([]);
  });
});

describe("the geocoder takes a spelling variant only when the report leaves no doubt", () => {
  let geo: Geocoder;
  beforeAll(() => {
    geo = new Geocoder(loadGazetteer());
  });
  function locate(name: string, countryHints: string[], areaHints?: string[]) {
    const m: PlaceMention = { start: 0, end: name.length, text: name, name, kindHint: null, relation: "at", qualifiers: [], secondary: null, countryHint: null, rule: "test" };
    const ctx: GeocodeContext = { documentPlaces: [m], countryHints, areaHints };
    return geo.locate(m, ctx);
  }

  it("a one-letter slip of a Burkina village is taken, and the evidence says which spelling and keys", () => {
    // real places: Potyamanga (Tapoa) written with a k
    const loc = locate("Pokiamanga", ["BFA"])!;
    expect(loc.name).toBe("Potyamanga");
    expect(loc.geo_precision).toBe(1);
    expect(loc.why!.decidedBy.join("\n")).toContain('matched spelling variant "Pokiamanga" of Potyamanga: gazetteer spelling "Potyamanga", transliteration keys "pokiamanga"/"potiamanga" 1 edit apart');
  });

  it("a transliteration (di/dj) is marked as the same key", () => {
    const loc = locate("Diaodiao", ["BFA"])!;
    expect(loc.name).toBe("Djao Djao");
    expect(loc.why!.decidedBy.join("\n")).toContain('same transliteration key "jaojao"');
  });

  it("a swap of two letters in a town's name", () => {
    expect(locate("Timbutku", ["MLI"])?.name).toBe("Timbuktu");
  });

  it("several places one edit away and nothing in the report to part them: no place", () => {
    // Mandoli: Nandoli (twice) and Dandoli in Mali
    expect(locate("Mandoli", ["MLI"])).toBeNull();
  });

  it("never a variant in another country than the report's", () => {
    expect(locate("Djoulouna", ["MLI"])).toBeNull(); // Dioulouna is in Burkina Faso
    expect(locate("Djoulouna", ["BFA"])?.iso3).toBe("BFA");
  });

  it("a short name one letter off needs the report to point to its region", () => {
    expect(locate("Petaka", ["MLI"])).toBeNull();
    expect(locate("Petaka", ["MLI"], ["MLI:Mopti"])?.name).toBe("Sétaka");
  });

  it("common words and unknown words stay unknown", () => {
    expect(locate("Gendarmerie", [])).toBeNull();
    expect(locate("Mosquee", ["MLI"])).toBeNull();
    expect(locate("Xqzwville", [])).toBeNull();
  });

  it("a long consonant skeleton allows two vowel edits (a vowel written in, another changed), marked as such", () => {
    // real place: the well of Tarikent (Gao region), written without its second vowel
    const loc = locate("Tarkint", ["MLI"])!;
    expect(loc.name).toBe("Tarikent");
    expect(loc.why!.decidedBy.join("\n")).toContain('same consonant skeleton, "tarkint"/"tarikent" 2 edits apart');
    // a well in a report that says nothing of its country or groups is still no place
    expect(locate("Tarkint", [])).toBeNull();
  });
});
