import type { PlaceKindHint, PlaceNameIndex } from "../domain/place.js";
import type { Gazetteer, GazetteerPlace } from "./load-gazetteer.js";
import { editDistance, looseKey, nameKey, variantKey } from "./normalise-name.js";

/** A candidate found by name, and whether through its main name, an alternate, or the loose key. */
export interface NameMatch {
  place: GazetteerPlace;
  via: "name" | "alternate" | "loose";
}

/** Sahel places only get the loose (spelling-variant) key: elsewhere it would invent matches. */
/** A single capitalised word, hyphens allowed, that may be a misspelt village name. */
const LOOSE_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]*)*$/u;
const LOOSE_COUNTRIES = new Set(["BF", "ML", "NE"]);

/**
 * In-memory lookup of gazetteer places by normalised name (main and alternate names
 * count alike), and the PlaceNameIndex extraction asks about names.
 */
export class PlaceIndex implements PlaceNameIndex {
  /** One place, or several, per key: most keys name a single place, and this saves an array each. */
  private readonly byKey = new Map<string, GazetteerPlace | GazetteerPlace[]>();
  /** Built on the first spelling-variant lookup: most reports never need it. */
  private byLoose: Map<string, GazetteerPlace[]> | null = null;

  constructor(private readonly gazetteer: Gazetteer) {
    for (const place of gazetteer.places) {
      this.add(nameKey(place.name), place);
      for (const alt of place.alternates) this.add(nameKey(alt), place);
    }
  }

  private add(key: string, place: GazetteerPlace): void {
    if (!key) return;
    const found = this.byKey.get(key);
    if (found === undefined) this.byKey.set(key, place);
    else if (Array.isArray(found)) {
      // A place's names are added together, so a repeat of the same key is the last entry.
      if (found[found.length - 1] !== place) found.push(place);
    } else if (found !== place) this.byKey.set(key, [found, place]);
  }

  /** Places whose main or alternate name has this key. */
  lookup(name: string): NameMatch[] {
    const key = nameKey(name);
    const found = this.byKey.get(key);
    if (found === undefined) return [];
    const places = Array.isArray(found) ? found : [found];
    const out: NameMatch[] = new Array(places.length);
    for (let i = 0; i < places.length; i++) out[i] = { place: places[i], via: nameKey(places[i].name) === key ? "name" : "alternate" };
    return out;
  }

  /** The places carrying this name, without saying how (no allocation for the common case). */
  lookupPlaces(name: string): readonly GazetteerPlace[] {
    const found = this.byKey.get(nameKey(name));
    return found === undefined ? [] : Array.isArray(found) ? found : [found];
  }

  /** Spelling variants (consonant skeleton), for names with no exact match. */
  lookupLoose(name: string): NameMatch[] {
    const lk = looseKey(name);
    if (!lk) return [];
    if (!this.byLoose) {
      this.byLoose = new Map();
      for (const place of this.gazetteer.places) {
        if (!LOOSE_COUNTRIES.has(place.iso2) || (place.fclass !== "P" && place.fclass !== "A")) continue;
        const k = looseKey(place.name);
        if (!k) continue;
        let list = this.byLoose.get(k);
        if (!list) this.byLoose.set(k, (list = []));
        list.push(place);
      }
    }
    // Same consonant skeleton AND a small edit distance on the vowel-keeping key:
    // "Gangouroubourou"/"Gangouroubouro", "Siguimara"/"Séguémara", not "Kara"/"Koro".
    const vk = variantKey(name);
    const max = Math.max(1, Math.floor(vk.length / 4));
    if (vk.length < 5) return [];
    return (this.byLoose.get(lk) ?? []).filter((place) => editDistance(vk, variantKey(place.name), max) <= max).map((place) => ({ place, via: "loose" as const }));
  }

  /**
   * Known by key, or (for names of 6+ letters) as a spelling variant of a Sahel place
   * ("Talataye" for Telataï, "Gasseliki" for Gassiliki): reports spell villages many ways,
   * and a name extraction drops can never be located.
   */
  has(name: string): boolean {
    const key = nameKey(name);
    if (this.byKey.has(key)) return true;
    // One capitalised word only ("Burkina Faso’s" is a possessive, not a village spelled oddly).
    return key.length >= 6 && LOOSE_WORD.test(name) && this.lookupLoose(name).length > 0;
  }

  kinds(name: string): PlaceKindHint[] {
    const out = new Set<PlaceKindHint>();
    for (const p of this.lookupPlaces(name)) if (p.kind) out.add(p.kind);
    return [...out];
  }

  countries(name: string): string[] {
    return [...new Set(this.lookupPlaces(name).map((p) => p.iso3))].sort();
  }
}
