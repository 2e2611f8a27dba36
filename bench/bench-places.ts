/**
 * The place names extraction checks capitalised words against: the real gazetteer's, as
 * `extract` and `ingest` use them; an invented index of a few thousand names only when the
 * gazetteer cannot load (the figures then say so).
 */
import type { PlaceKindHint, PlaceNameIndex } from "../src/domain/index.js";
import { Geocoder, loadGazetteer } from "../src/geocode/index.js";

const INVENTED: Array<[string, string]> = [
  ["Djibo", "BFA"], ["Soum", "BFA"], ["Aribinda", "BFA"], ["Kaya", "BFA"], ["Sole", "BFA"], ["Loroum", "BFA"], ["Gnagna", "BFA"], ["Diapaga", "BFA"],
  ["Ouagadougou", "BFA"], ["Mopti", "MLI"], ["Gao", "MLI"], ["Kidal", "MLI"], ["Koro", "MLI"], ["Menaka", "MLI"], ["Bamako", "MLI"], ["Niamey", "NER"], ["Tillaberi", "NER"],
];

function inventedPlaces(extra: string[]): PlaceNameIndex {
  const key = (n: string): string => n.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const names = new Map<string, string[]>();
  const add = (n: string, c: string): void => void names.set(key(n), [...(names.get(key(n)) ?? []), c]);
  for (const [n, c] of INVENTED) add(n, c);
  for (const n of extra) add(n, "BFA");
  for (let i = 0; i < 5000; i++) add(`Place${i}`, i % 2 ? "BFA" : "MLI");
  return {
    has: (n) => names.has(key(n)),
    kinds: (n): PlaceKindHint[] => (names.has(key(n)) ? ["settlement"] : []),
    countries: (n) => names.get(key(n)) ?? [],
  };
}

/** The gazetteer's names, else invented ones (with `extra`, the villages an invented text names). */
export async function benchPlaceNames(extra: string[] = []): Promise<PlaceNameIndex> {
  try {
    return new Geocoder(await loadGazetteer()).names;
  } catch (error) {
    console.log(`gazetteer not loaded (${(error as Error).message}); using an invented index of a few thousand names`);
    return inventedPlaces(extra);
  }
}
