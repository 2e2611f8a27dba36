import { distanceKm } from "../domain/geo.js";
import type { GazetteerPlace } from "./load-gazetteer.js";
import { foldText, looseKey } from "./normalise-name.js";

/**
 * How far a reader of a text could get with this gazetteer: the distance from a known point
 * (a human coder's coordinates) to the nearest gazetteer place the text names. An evaluation
 * uses it to tell "the coder chose badly" from "the text names no place the gazetteer has
 * anywhere near there", the ceiling no geocoder working from that text could pass.
 *
 * The matching is deliberately more generous than the geocoder's, so the ceiling is an upper
 * bound: any name or alternate of a nearby place counts when the text contains it (case,
 * accents, hyphens and apostrophes aside, a possessive "'s" dropped), when one to three
 * words share its consonant skeleton ("Boulkessi"/"Boulikessy"), or, for one-word names of
 * five letters or more, when a word is one edit or one swap of neighbouring letters from it
 * ("Timbuktou", "Timbutku" for "Timbuktu").
 */
export class GazetteerReach {
  /** Places by grid cell of CELL_DEGREES, for "what lies near this point". */
  private readonly cells = new Map<string, GazetteerPlace[]>();
  /** Each visited place's names, folded and as consonant skeletons, computed once. */
  private readonly keys = new Map<GazetteerPlace, NameKeys[]>();

  constructor(places: readonly GazetteerPlace[]) {
    for (const place of places) {
      // a country's record (its centre) is no place an event is located at
      if (place.fclass === "A" && place.fcode.startsWith("PCL")) continue;
      const key = cellKey(Math.floor(place.lat / CELL_DEGREES), Math.floor(place.lon / CELL_DEGREES));
      const list = this.cells.get(key);
      if (list) list.push(place);
      else this.cells.set(key, [place]);
    }
  }

  /** Km from (lat, lon) to the nearest place within maxKm (at most 25) that the text names; null when none. */
  nearestNamedKm(text: string, lat: number, lon: number, maxKm: number): number | null {
    if (maxKm > MAX_KM) throw new RangeError(`GazetteerReach looks at most ${MAX_KM} km away, asked ${maxKm}`);
    const words = foldText(text.replace(POSSESSIVE, "")).split(" ").filter((w) => w.length > 0);
    const padded = ` ${words.join(" ")} `;
    const runs = new Set<string>();
    const skeletons = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_RUN_WORDS && i + n <= words.length; n++) {
        const run = words.slice(i, i + n).join(" ");
        runs.add(run);
        if (n <= 3) skeletons.add(looseKey(run));
      }
    }
    // the text's words and each word less one letter: a name within one edit shares one of them
    const nearWords = new Set<string>();
    for (const w of words) if (w.length >= 4) for (const v of [w, ...oneLetterLess(w)]) nearWords.add(v);
    const keys: TextKeys = { padded, runs, skeletons, nearWords };
    let best: number | null = null;
    for (const place of this.placesNear(lat, lon)) {
      const km = distanceKm(lat, lon, place.lat, place.lon);
      if (km > maxKm || (best !== null && km >= best)) continue;
      if (this.keysOf(place).some((name) => namedIn(name, keys))) best = km;
    }
    return best;
  }

  private keysOf(place: GazetteerPlace): NameKeys[] {
    let keys = this.keys.get(place);
    if (!keys) {
      keys = [place.name, ...place.alternates].map((name) => {
        const folded = foldText(name);
        // one-word names of five letters or more may match a word one edit away
        const lessOne = folded.length >= 5 && !folded.includes(" ") ? oneLetterLess(folded) : [];
        return { folded, words: folded.split(" ").length, skeleton: looseKey(name), lessOne };
      });
      this.keys.set(place, keys);
    }
    return keys;
  }

  private *placesNear(lat: number, lon: number): Iterable<GazetteerPlace> {
    const row = Math.floor(lat / CELL_DEGREES);
    const col = Math.floor(lon / CELL_DEGREES);
    // a degree of longitude shrinks away from the equator: more columns are needed to cover MAX_KM
    const cols = Math.ceil(MAX_KM / (KM_PER_DEGREE * CELL_DEGREES * Math.max(Math.cos((Math.abs(lat) + CELL_DEGREES) * (Math.PI / 180)), 0.01)));
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -cols; dc <= cols; dc++) yield* this.cells.get(cellKey(row + dr, col + dc)) ?? [];
    }
  }
}

/** 0.25° of latitude is about 28 km: a point's cell and the rows above and below hold everything within 25 km north and south. */
const CELL_DEGREES = 0.25;
const KM_PER_DEGREE = 111.2;
const MAX_KM = 25;
/** Names of up to this many words are looked up among the text's runs; longer ones searched for. */
const MAX_RUN_WORDS = 5;
const POSSESSIVE = /['’]s(?![\p{L}\p{N}])/gu;

function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

interface NameKeys {
  folded: string;
  words: number;
  skeleton: string;
  /** The name less each of its letters in turn; empty for short or several-word names. */
  lessOne: string[];
}

interface TextKeys {
  /** The folded text between spaces. */
  padded: string;
  /** Its runs of one to MAX_RUN_WORDS words. */
  runs: ReadonlySet<string>;
  /** Consonant skeletons of its one-, two- and three-word runs. */
  skeletons: ReadonlySet<string>;
  /** Its words of four letters or more, and each less one letter. */
  nearWords: ReadonlySet<string>;
}

/**
 * Within one edit, in the symmetric-deletion way: the name is a word or a word less a letter,
 * or the name less a letter is a word or a word less a letter. That also takes a swap of two
 * letters ("timbutku" for "timbuktu"), which suits an upper bound.
 */
function namedIn(name: NameKeys, text: TextKeys): boolean {
  if (name.folded.length < 2) return false;
  if (name.words <= MAX_RUN_WORDS ? text.runs.has(name.folded) : text.padded.includes(` ${name.folded} `)) return true;
  if (name.skeleton.length >= 3 && text.skeletons.has(name.skeleton)) return true;
  if (name.lessOne.length === 0) return false;
  return text.nearWords.has(name.folded) || name.lessOne.some((v) => text.nearWords.has(v));
}

function oneLetterLess(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
