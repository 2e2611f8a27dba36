import type { GazetteerPlace } from "./load-gazetteer.js";
import { nameKey } from "./normalise-name.js";

/**
 * The last fallback for a name the gazetteer does not have, after the exact key and the
 * consonant skeleton (`looseKey`): the same village written the French or the English way
 * ("Djoulouna"/"Dioulouna", "Diaodiao"/"Djao Djao"), or one letter off ("Sinekanda"/"Siné-Kana",
 * "Timbutku"/"Timbuktu", "Pokiamanga"/"Potyamanga"). Names are compared by their transliteration
 * key; failing an equal key, a key one edit away (a letter dropped, added, changed, or two
 * swapped) is taken. Two edits are not tried: in names of this length they are mostly other villages.
 */

/**
 * French and English renderings of one sound in Mande, Fula, Songhai and Tamasheq names, made
 * alike. Applied in one pass, longest spelling first; `nameKey` has already folded case and accents.
 */
const TRANSLITERATIONS: ReadonlyArray<readonly [spelling: string, key: string, why: string]> = [
  ["tch", "c", "French tch, English ch: Tchalel/Chalel"],
  ["tsh", "c", "English tsh for the same sound"],
  ["ch", "c", "French ch, English sh: one sound"],
  ["sh", "c", "English sh, French ch"],
  ["dj", "j", "French dj, English j: Djibo/Jibo"],
  ["dz", "j", "dz for the same affricate"],
  ["gn", "n", "French gn, English ny: Gnimignama/Nyiminyama"],
  ["gh", "r", "the Tamasheq guttural r, written gh or r: Takaghat/Takarat"],
  ["kh", "k", "kh for k"],
  ["ph", "f", "ph for f"],
  ["ck", "k", "ck for k"],
  ["qu", "k", "French qu for k"],
  ["q", "k", "q for k"],
  ["ou", "u", "French ou, English u or w: Toukoro/Tukoro"],
  ["oo", "u", "English oo for French ou"],
  ["w", "u", "English w for French ou: Wendou/Ouendou"],
  ["y", "i", "y and i: Dyoro/Dioro"],
  ["h", "", "h after a consonant or between vowels is often dropped: Hallale/Alale"],
];

/** The table by first letter code, longest spelling first: one pass over the name, no regular expressions (80,000 names at prepare time). */
const BY_FIRST_LETTER: Array<Array<readonly [spelling: string, key: string]> | undefined> = [];
for (const [spelling, key] of [...TRANSLITERATIONS].sort((a, b) => b[0].length - a[0].length)) {
  (BY_FIRST_LETTER[spelling.charCodeAt(0)] ??= []).push([spelling, key]);
}
const isVowel = (c: string | undefined): boolean => c === "a" || c === "e" || c === "i" || c === "o" || c === "u";

/**
 * The transliteration key: vowels kept (they tell villages apart), spellings of one sound made
 * alike, doubled letters single ("Labbezanga"/"Labézanga"). Digits are kept: "Gangafani 2" is not
 * a misspelling. Before the table: di/dy before a vowel other than i is the French spelling of English j
 * ("Dioulouna"/"Djoulouna"), and a soft c (before e, i, y) an s ("Yarcé"/"Yarsé"); any other c is a k.
 */
export function transliterationKey(text: string): string {
  return transliterationKeyOf(nameKey(text));
}

/** `transliterationKey` of a name already keyed by `nameKey` (an index keys each name once). */
export function transliterationKeyOf(k: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < k.length; ) {
    const c = k[i];
    let key: string;
    if (c === "d" && (k[i + 1] === "i" || k[i + 1] === "y") && isVowel(k[i + 2]) && k[i + 2] !== "i") (key = "j"), (i += 2);
    else if (c === "c" && (k[i + 1] === "e" || k[i + 1] === "i" || k[i + 1] === "y")) (key = "s"), (i += 1);
    else {
      const rules = BY_FIRST_LETTER[k.charCodeAt(i)];
      let rule: readonly [string, string] | undefined;
      if (rules) for (const r of rules) if (r[0].length === 1 || k.startsWith(r[0], i)) {
        rule = r;
        break;
      }
      if (rule) (key = rule[1]), (i += rule[0].length);
      else (key = c === "c" ? "k" : c), (i += 1);
    }
    // doubled letters, written or made by the table ("ouw"), count once
    if (key !== "" && key !== last) (out += key), (last = key);
  }
  return out;
}

/** Shorter names are not looked for: four letters one edit apart are mostly different villages ("Kine"/"Kane"). */
export const MIN_VARIANT_LETTERS = 5;
/** A slipped letter only in keys this long: "Sirgne" (key "sirne") one edit from Sirdé is another village. */
const ONE_EDIT_FROM = 6;
/** The letters a transliteration key is made of (c, h, q, w, y are spelled away): the letters an edit may bring in. */
const KEY_LETTERS = "abdefgijklmnoprstuvxz";

/**
 * A letter added or dropped at either end is an affix, not a slip: the Tamasheq feminine T- and
 * -t ("Acharane"/"Tacharane", "Intahaka"/"I-n-Takat") make other names.
 */
function sameEnds(a: string, b: string): boolean {
  return a.length === b.length || (a[0] === b[0] && a[a.length - 1] === b[b.length - 1]);
}

/** Every key one edit from `key`: a letter dropped, added, changed, or two neighbours swapped ("Timbutku"/"Timbuktu"). */
function oneEditFrom(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= key.length; i++) {
    const head = key.slice(0, i);
    const tail = key.slice(i);
    if (i < key.length) out.add(head + key.slice(i + 1));
    if (i + 1 < key.length && key[i] !== key[i + 1]) out.add(head + key[i + 1] + key[i] + key.slice(i + 2));
    for (const letter of KEY_LETTERS) {
      out.add(head + letter + tail);
      if (i < key.length && letter !== key[i]) out.add(head + letter + key.slice(i + 1));
    }
  }
  out.delete(key);
  return out;
}

/** A place found under a spelling variant of the name, and how. */
export interface SpellingMatch {
  place: GazetteerPlace;
  /** The gazetteer's spelling that matched (a main or alternate name). */
  spelling: string;
  /** The name's transliteration key and the spelling's. */
  key: string;
  spellingKey: string;
  /** 0: same transliteration key; 1: one edit between the keys. */
  distance: number;
}

/** One spelling of a place (most keys have one: no array for them). */
interface Entry {
  place: GazetteerPlace;
  spelling: string;
}

/**
 * Spelling variants of the names of the places added, by transliteration key. A name one edit
 * off is looked for by trying the few hundred keys one edit from its own, so the index is one
 * map (built at prepare time with the skeleton index) and a look-up a few hundred map reads.
 */
export class SpellingVariants {
  private readonly byKey = new Map<string, Entry | Entry[]>();

  /** Adds one spelling of a place, given its `nameKey` (the caller keys each name once for all its indexes). */
  add(place: GazetteerPlace, spelling: string, nameKeyOfSpelling: string): void {
    const key = transliterationKeyOf(nameKeyOfSpelling);
    if (key.length < MIN_VARIANT_LETTERS - 1) return;
    const same = this.byKey.get(key);
    // a place's alternates often differ only by accents: one entry per place and key
    if (same === undefined) this.byKey.set(key, { place, spelling });
    else if (!Array.isArray(same)) {
      if (same.place !== place) this.byKey.set(key, [same, { place, spelling }]);
    } else if (!same.some((e) => e.place === place)) same.push({ place, spelling });
  }

  private entries(key: string): readonly Entry[] {
    const found = this.byKey.get(key);
    return found === undefined ? [] : Array.isArray(found) ? found : [found];
  }

  /**
   * The places whose name has the same transliteration key as `name`, else (for keys of 6+
   * letters) those one edit away. Each place once, under its first spelling found.
   */
  find(name: string): SpellingMatch[] {
    const nk = nameKey(name);
    const key = transliterationKeyOf(nk);
    if (nk.length < MIN_VARIANT_LETTERS || key.length < MIN_VARIANT_LETTERS - 1 || /[0-9]/.test(key)) return [];
    const same = this.entries(key);
    if (same.length > 0) return same.map((e) => ({ place: e.place, spelling: e.spelling, key, spellingKey: key, distance: 0 }));
    if (key.length < ONE_EDIT_FROM) return [];
    const found: SpellingMatch[] = [];
    for (const other of oneEditFrom(key)) {
      if (!this.byKey.has(other) || !sameEnds(key, other)) continue;
      for (const e of this.entries(other)) found.push({ place: e.place, spelling: e.spelling, key, spellingKey: other, distance: 1 });
    }
    return distinctPlaces(found);
  }
}

function distinctPlaces(matches: SpellingMatch[]): SpellingMatch[] {
  const seen = new Set<GazetteerPlace>();
  return matches.filter((m) => !seen.has(m.place) && (seen.add(m.place), true));
}
