import { describe, expect, it } from "vitest";
import { GazetteerReach } from "./gazetteer-reach.js";
import { loadGazetteer } from "./index.js";
import type { GazetteerPlace } from "./load-gazetteer.js";

/** An invented place; only the fields the reach reads matter. */
function place(name: string, lat: number, lon: number, alternates: string[] = [], fcode = "PPL"): GazetteerPlace {
  return {
    id: `test:${name}`,
    name,
    alternates,
    lat,
    lon,
    fclass: fcode.startsWith("PCL") ? "A" : "P",
    fcode,
    kind: null,
    iso2: "BF",
    iso3: "BFA",
    country: "Burkina Faso",
    admin1: null,
    admin2: null,
    admin3: null,
    admin1_2025: null,
    admin2_2025: null,
    adminSource: null,
    population: 0,
    order: 0,
  } as GazetteerPlace;
}

// one degree of latitude is about 111 km: 0.05° ≈ 5.6 km, 0.15° ≈ 16.7 km, 0.3° ≈ 33 km
const PLACES = [
  place("Kargoti", 13.05, -1.0),
  place("Sanbéri Nord", 13.15, -1.0, ["Samberi-Nord"]),
  place("Fada N'Gourma", 13.0, -1.05),
  place("Wendtenga", 13.3, -1.0),
  place("Koumbissiri", 12.95, -1.0),
  place("Dakoré", 13.02, -1.0),
  place("Burkina Faso", 13.0, -1.0, [], "PCLI"),
  place("Bi", 13.01, -1.01),
];
const reach = new GazetteerReach(PLACES);
const at = (text: string, maxKm = 25): number | null => {
  const km = reach.nearestNamedKm(text, 13.0, -1.0, maxKm);
  return km === null ? null : Math.round(km * 10) / 10;
};

describe("GazetteerReach: the nearest gazetteer place a text names", () => {
  it.each([
    // [text, km to the nearest named place from (13.0, -1.0), or null]
    ["Gunmen attacked Kargoti on Monday.", 5.6],
    ["Gunmen attacked KARGOTI's market.", 5.6], // case, possessive
    ["Soldiers patrolled near Samberi Nord.", 16.7], // an alternate, hyphen as space
    ["A convoy left Fada Ngourma at dawn.", 5.4], // apostrophe dropped
    ["Militants raided Kargotti and Dakore.", 2.2], // the nearer of two; "Dakore" without its accent
    ["Fighting near Kargouti was reported.", 5.6], // same consonant skeleton
    ["Fighting near Kargodi was reported.", 5.6], // one letter changed (7-letter name)
    ["Herders fled Koumbsiiri overnight.", 5.6], // two letters swapped
    ["The village of Bi was attacked.", 1.6], // two-letter names count when written as a word
    ["Wendtenga was attacked.", null], // 33 km: beyond 25 km
    ["Gunmen attacked a village.", null], // no name
    ["Rains hit Burkina Faso.", null], // a country's record is not a place
    ["Bikers gathered at the market.", null], // "Bi" inside a word is not the name
  ] as Array<[string, number | null]>)("%s -> %s", (text, km) => {
    expect(at(text)).toBe(km);
  });

  it("looks no farther than asked, and at most 25 km", () => {
    expect(at("Soldiers patrolled near Samberi Nord.", 10)).toBeNull();
    expect(() => reach.nearestNamedKm("Kargoti", 13, -1, 50)).toThrow(/at most 25 km/);
  });

  it("covers 25 km of longitude far from the equator, where a degree is shorter", () => {
    // at 60°N a degree of longitude is about 56 km: 0.4° ≈ 22 km lies two cells of 0.25° away
    const north = new GazetteerReach([place("Nordby", 60.0, 10.4)]);
    expect(north.nearestNamedKm("Storms reached Nordby.", 60.0, 10.0, 25)).toBeCloseTo(22.2, 0);
  });

  it("finds the real gazetteer's places by their alternate names", () => {
    const real = new GazetteerReach(loadGazetteer().places);
    // Aribinda is GeoNames' name of the town reports often spell Arbinda
    expect(real.nearestNamedKm("An attack on Arbinda was repelled.", 14.23, -0.87, 25)).not.toBeNull();
    expect(real.nearestNamedKm("An attack was repelled.", 14.23, -0.87, 25)).toBeNull();
  });
});
