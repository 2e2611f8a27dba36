import type { PlaceKindHint, PlaceNameIndex } from "../../domain/index.js";

/** A place as a test writes it: name, kind, ISO3. */
export type HandPlace = [name: string, kind: PlaceKindHint, iso3: string];

function norm(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[-'’\s]+/g, " ").trim();
}

/** A PlaceNameIndex over a hand-written list, for unit tests (the real one is the geocoder's gazetteer). */
export function handPlaceIndex(list: HandPlace[]): PlaceNameIndex {
  const byName = new Map<string, HandPlace[]>();
  for (const p of list) {
    const k = norm(p[0]);
    byName.set(k, [...(byName.get(k) ?? []), p]);
  }
  return {
    has: (name) => byName.has(norm(name)),
    kinds: (name) => (byName.get(norm(name)) ?? []).map((p) => p[1]),
    countries: (name) => [...new Set((byName.get(norm(name)) ?? []).map((p) => p[2]))],
  };
}

/** Sahel places the extraction tests use (real names, from general knowledge). */
export const SAHEL_TEST_PLACES: HandPlace[] = [
  ["Burkina Faso", "country", "BFA"], ["Mali", "country", "MLI"], ["Niger", "country", "NER"],
  ["Djibo", "settlement", "BFA"], ["Soum", "admin2", "BFA"], ["Kaya", "settlement", "BFA"], ["Sanmatenga", "admin2", "BFA"],
  ["Sole", "settlement", "BFA"], ["Solé", "settlement", "BFA"], ["Loroum", "admin2", "BFA"], ["Gnagna", "admin2", "BFA"],
  ["Diapaga", "settlement", "BFA"], ["Tapoa", "admin2", "BFA"], ["Aribinda", "settlement", "BFA"], ["Dablo", "settlement", "BFA"],
  ["Ouagadougou", "settlement", "BFA"], ["Fada N'Gourma", "settlement", "BFA"], ["Gourma", "admin2", "BFA"], ["Gorom-Gorom", "settlement", "BFA"],
  ["Oudalan", "admin2", "BFA"], ["Arbinda", "settlement", "BFA"], ["Barsalogho", "settlement", "BFA"], ["Dori", "settlement", "BFA"],
  ["Kidal", "settlement", "MLI"], ["Gao", "settlement", "MLI"], ["Mopti", "settlement", "MLI"], ["Bamako", "settlement", "MLI"],
  ["Koro", "settlement", "MLI"], ["Bargou", "settlement", "MLI"], ["Menaka", "settlement", "MLI"], ["Tessit", "settlement", "MLI"],
  ["Douentza", "settlement", "MLI"], ["Ansongo", "settlement", "MLI"], ["Timbuktu", "settlement", "MLI"], ["Tombouctou", "settlement", "MLI"],
  ["Niamey", "settlement", "NER"], ["Tillaberi", "admin1", "NER"], ["Nafo", "settlement", "BFA"], ["Kalamba", "settlement", "MLI"],
  ["Mamba", "settlement", "MLI"], ["Toye", "settlement", "MLI"], ["Est", "admin1", "BFA"], ["Sahel", "admin1", "BFA"],
  ["In Tillit", "settlement", "MLI"], ["Mare de Soum", "settlement", "BFA"],
];
