import type { GazetteerPlace } from "./load-gazetteer.js";
import { nameKey } from "./normalise-name.js";
import type { NameMatch, PlaceIndex } from "./place-index.js";
import twinVillageWords from "./twin-village-words.json" with { type: "json" };
import { COVERED_ISO2 } from "../domain/coverage.js";

const TWIN_WORDS: string[] = twinVillageWords.words;

export interface FoundNames {
  matches: NameMatch[];
  /** The known first part a name was found under ("Gangafani" for "Gangafani 2"), or the name itself for twin villages. */
  partial: string | null;
  /** Found as one of the twin villages of that name ("Kologon" for Kologon-Habe). */
  twin: boolean;
}

/**
 * The gazetteer places a mentioned name may be, trying ever looser readings until one finds
 * something: the name itself; a spelling variant in the report's countries (a misspelling of a
 * known name comes before a known first part: "Bobo-Dioulassa" is Bobo-Dioulasso, not Bobo); the
 * twin villages of that name; a transliteration or a one-letter slip of a known name (never for a
 * common word: the caller says); a known first part ("Ogossagou-Peulh", "Gangafani 2").
 */
export function findNameMatches(index: PlaceIndex, name: string, reportCountries: ReadonlySet<string>, alongNamedBorder: (p: GazetteerPlace) => boolean, spellingVariants = true): FoundNames {
  const inReportCountries = (x: NameMatch): boolean => (reportCountries.size === 0 ? COVERED_ISO2.has(x.place.iso2) : reportCountries.has(x.place.iso2));
  const variantMayBe = (x: NameMatch): boolean => reportCountries.size === 0 || reportCountries.has(x.place.iso2) || alongNamedBorder(x.place);
  let matches = index.lookup(name);
  if (matches.length > 0) return { matches, partial: null, twin: false };
  matches = index.lookupLoose(name, true).filter(variantMayBe);
  if (matches.length > 0) return { matches, partial: null, twin: false };
  // "Kologon" for Kologon-Habe, "Yonga" for Yonga-Foulbé: the bare name of twin villages,
  // a variant of a sort that must agree with the report like a spelling variant
  const twins = TWIN_WORDS.flatMap((word) => index.lookup(`${name} ${word}`).filter(inReportCountries));
  if (twins.length > 0) return { matches: twins, partial: name, twin: true };
  // "Djoulouna" for Dioulouna, "Bazi-Gourma" for Badji Gourma: a transliteration or a slip of a
  // letter, before a known first part ("Bazi", a village of Niger, is not what the report means)
  if (spellingVariants) {
    matches = index.lookupSpelling(name).filter(variantMayBe);
    if (matches.length > 0) return { matches, partial: null, twin: false };
  }
  const parts = name.split(/[-\s(]+/).filter((x) => x.length > 0);
  for (let n = parts.length - 1; n >= 1; n--) {
    const head = parts.slice(0, n).join(" ");
    if (nameKey(head).length < 4) break;
    const found = index.lookup(head).filter(inReportCountries);
    if (found.length > 0) return { matches: found, partial: head, twin: false };
  }
  return { matches: [], partial: null, twin: false };
}
