import type { PlaceKindHint, PlaceNameIndex } from "../domain/place.js";
import { COVERED_ISO2 } from "../domain/coverage.js";
import type { Gazetteer, GazetteerPlace } from "./load-gazetteer.js";
import { editDistance, looseKeyOf, nameKey, variantKeyOf } from "./normalise-name.js";
import { SpellingVariants } from "./spelling-variants.js";
import townNicknames from "./town-nicknames.json" with { type: "json" };

/** A candidate found by name, and whether through its main name, an alternate, or the loose key. */
export interface NameMatch {
  place: GazetteerPlace;
  via: "name" | "alternate" | "loose";
  /** For a spelling variant: the edit distance between the spellings (vowels kept). */
  distance?: number;
  /** For a spelling variant: the gazetteer's spelling that matched, and by which rule (for the evidence an analyst reads). */
  variant?: VariantNote;
}

/**
 * How a spelling variant was matched: the same consonant skeleton (`looseKey`) with a small edit
 * distance, the same transliteration key, or a few edits between transliteration keys.
 */
export interface VariantNote {
  spelling: string;
  rule: "skeleton" | "transliteration key" | "edits";
  /** The keys compared: the name's, then the spelling's. */
  keys: [string, string];
}

/** Names whose has() and lookupLoose() answers are remembered before the memos start again (a few MB at most). */
const HAS_MEMO_LIMIT = 50_000;
/** A single capitalised word, hyphens allowed, that may be a misspelt village name. */
const LOOSE_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]*)*$/u;
/** Consonants in a skeleton that makes two vowel edits a variant of one name (`findLoose`). */
const LONG_SKELETON = 5;
/** Feature classes a report's misspelt name may denote: settlements, admin units, localities, water points, hills, spots. */
const LOOSE_ALL_CLASSES = new Set(["P", "A", "L", "H", "T", "S"]);

interface LooseIndexes {
  settlements: Map<string, LooseEntry[]>;
  all: Map<string, LooseEntry[]>;
  spellings: SpellingVariants;
}

function pushTo(map: Map<string, LooseEntry[]>, key: string, entry: LooseEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

interface LooseEntry {
  place: GazetteerPlace;
  variant: string;
  spelling: string;
}

/**
 * In-memory lookup of gazetteer places by normalised name (main and alternate names
 * count alike), and the PlaceNameIndex extraction asks about names.
 */
export class PlaceIndex implements PlaceNameIndex {
  /** One place, or several, per key: most keys name a single place, and this saves an array each. */
  private readonly byKey = new Map<string, GazetteerPlace | GazetteerPlace[]>();
  private readonly hasMemo = new Map<string, boolean>();
  private readonly looseMemo = new Map<string, NameMatch[]>();
  private readonly mainKeys = new WeakMap<GazetteerPlace, string>();
  /** Built on the first spelling-variant lookup: most reports never need it. */
  private loose: LooseIndexes | null = null;

  constructor(private readonly gazetteer: Gazetteer) {
    for (const place of gazetteer.places) {
      this.add(nameKey(place.name), place);
      for (const alt of place.alternates) this.add(nameKey(alt), place);
    }
    // "Ouaga", "Bobo", "Fada": the press's short names for big towns, one more name of the town
    for (const { nickname, town, iso2 } of townNicknames.nicknames) {
      const place = this.lookupPlaces(town).find((p) => p.iso2 === iso2 && p.fclass === "P" && nameKey(p.name) === nameKey(town));
      if (place) this.addFirst(nameKey(nickname), place);
    }
  }

  /** A name that belongs to this place before any other ("Fada" is Fada N'Gourma before two hamlets of Niger). */
  private addFirst(key: string, place: GazetteerPlace): void {
    const found = this.byKey.get(key);
    if (found === undefined) this.byKey.set(key, place);
    else if (Array.isArray(found)) this.byKey.set(key, [place, ...found.filter((p) => p !== place)]);
    else if (found !== place) this.byKey.set(key, [place, found]);
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
    for (let i = 0; i < places.length; i++) out[i] = { place: places[i], via: this.mainKeyOf(places[i]) === key ? "name" : "alternate" };
    return out;
  }

  /** A place's own name as a key, normalised once (a common name has dozens of namesakes to tell apart). */
  private mainKeyOf(place: GazetteerPlace): string {
    let key = this.mainKeys.get(place);
    if (key === undefined) this.mainKeys.set(place, (key = nameKey(place.name)));
    return key;
  }

  /** The places carrying this name, without saying how (no allocation for the common case). */
  lookupPlaces(name: string): readonly GazetteerPlace[] {
    const found = this.byKey.get(nameKey(name));
    return found === undefined ? [] : Array.isArray(found) ? found : [found];
  }

  /**
   * Spelling variants (consonant skeleton), for names with no exact match. `everyFeature` also
   * looks at alternate names and at wells, wadis, localities and hills (the only named places of
   * nomadic areas: "Tarkint" for the well Tarikent); extraction's `has()` keeps to settlements
   * and admin units, where a misspelt person's name is less likely to find a namesake.
   */
  lookupLoose(name: string, everyFeature = false): NameMatch[] {
    // a report's unknown names come back with every event and every report that repeats them
    const memoKey = `${everyFeature ? "*" : ""}${name}`;
    const known = this.looseMemo.get(memoKey);
    if (known) return known;
    const found = this.findLoose(name, everyFeature);
    if (this.looseMemo.size >= HAS_MEMO_LIMIT) this.looseMemo.clear();
    this.looseMemo.set(memoKey, found);
    return found;
  }

  private findLoose(name: string, everyFeature: boolean): NameMatch[] {
    const nk = nameKey(name);
    const lk = looseKeyOf(nk);
    if (!lk) return [];
    const vk = variantKeyOf(nk);
    if (vk.length < 5) return [];
    // Same consonant skeleton AND a small edit distance on the vowel-keeping key:
    // "Gangouroubourou"/"Gangouroubouro", "Siguimara"/"Séguémara", not "Kara"/"Koro".
    // A skeleton of five consonants or more is rarely shared by chance: two vowels may differ however short
    // the name ("Tarkint"/"Tarikent": a vowel written in and another changed).
    const max = Math.max(lk.length >= LONG_SKELETON ? 2 : 1, Math.floor(vk.length / 4));
    if (!everyFeature) {
      const byLoose = (this.loose ??= this.looseIndexes()).settlements;
      const out: NameMatch[] = [];
      for (const e of byLoose.get(lk) ?? []) {
        const distance = editDistance(vk, e.variant, max);
        if (distance <= max) out.push({ place: e.place, via: "loose", distance, variant: { spelling: e.spelling, rule: "skeleton", keys: [vk, e.variant] } });
      }
      return out;
    }
    const byLooseAll = (this.loose ??= this.looseIndexes()).all;
    // a place found under several of its names keeps the closest spelling
    const best = new Map<GazetteerPlace, NameMatch>();
    for (const e of byLooseAll.get(lk) ?? []) {
      const distance = editDistance(vk, e.variant, max);
      if (distance <= max && distance < (best.get(e.place)?.distance ?? Infinity)) best.set(e.place, { place: e.place, via: "loose", distance, variant: { spelling: e.spelling, rule: "skeleton", keys: [vk, e.variant] } });
    }
    return [...best.values()];
  }

  /**
   * The last spelling fallback (`spelling-variants.ts`): Sahel places of every feature class whose
   * name has the same transliteration key, else the fewest edits between keys. For the geocoder
   * only: extraction's `has()` keeps to the consonant skeleton.
   */
  lookupSpelling(name: string): NameMatch[] {
    const memoKey = `~${name}`;
    const known = this.looseMemo.get(memoKey);
    if (known) return known;
    const found: NameMatch[] = (this.loose ??= this.looseIndexes()).spellings.find(name).map((m) => ({
      place: m.place,
      via: "loose",
      distance: m.distance,
      variant: { spelling: m.spelling, rule: m.distance === 0 ? "transliteration key" : "edits", keys: [m.key, m.spellingKey] },
    }));
    if (this.looseMemo.size >= HAS_MEMO_LIMIT) this.looseMemo.clear();
    this.looseMemo.set(memoKey, found);
    return found;
  }

  /**
   * The spelling-variant indexes, built together in one pass (each name is keyed once): the skeleton
   * index of settlements' and admin units' main names, the skeleton index of every name of the
   * feature classes a misspelt name may denote, and the transliteration index of the same names.
   */
  private looseIndexes(): LooseIndexes {
    const settlements = new Map<string, LooseEntry[]>();
    const all = new Map<string, LooseEntry[]>();
    const spellings = new SpellingVariants();
    for (const place of this.gazetteer.places) {
      // only the covered countries' places get the loose (spelling-variant) key: elsewhere it would invent matches
      if (!COVERED_ISO2.has(place.iso2) || !LOOSE_ALL_CLASSES.has(place.fclass)) continue;
      const settlement = place.fclass === "P" || place.fclass === "A";
      for (let i = -1; i < place.alternates.length; i++) {
        const n = i < 0 ? place.name : place.alternates[i];
        const nk = nameKey(n);
        spellings.add(place, n, nk);
        const k = looseKeyOf(nk);
        if (!k) continue;
        const entry: LooseEntry = { place, variant: variantKeyOf(nk), spelling: n };
        pushTo(all, k, entry);
        if (i < 0 && settlement) pushTo(settlements, k, entry);
      }
    }
    return { settlements, all, spellings };
  }

  /**
   * Known by key, or (for names of 6+ letters) as a spelling variant of a Sahel place
   * ("Talataye" for Telataï, "Gasseliki" for Gassiliki): reports spell villages many ways,
   * and a name extraction drops can never be located.
   */
  has(name: string): boolean {
    // extraction asks about every capitalised word of every report: the answers are kept (bounded)
    const known = this.hasMemo.get(name);
    if (known !== undefined) return known;
    const key = nameKey(name);
    // One capitalised word only ("Burkina Faso’s" is a possessive, not a village spelled oddly).
    const answer = this.byKey.has(key) || (key.length >= 6 && LOOSE_WORD.test(name) && this.lookupLoose(name).length > 0);
    if (this.hasMemo.size >= HAS_MEMO_LIMIT) this.hasMemo.clear();
    this.hasMemo.set(name, answer);
    return answer;
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
