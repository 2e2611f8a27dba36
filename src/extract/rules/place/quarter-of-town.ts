import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import placeWords from "../../lexicons/place-words.json" with { type: "json" };
import { groupedAlternation } from "../../lexicon/alias-pattern.js";
import { countryIso3, firstLetterEitherCase, isCountryName, knownPrefix, mention, NAME_SOURCE } from "./place-name.js";

/** A part of a town, never a place of its own: "the Wendou neighbourhood of Kidal" is Kidal. */
const PART_OF_TOWN = /^(?:quarter|neighbou?rhood|suburb|quartier)$/i;
const fold = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
/** Large towns whose named areas and sectors are parts of the town ("the Wendou area of Bamako" is Bamako). */
const CITIES_WITH_QUARTERS = new Set(placeWords.cities_with_quarters.map(fold));

/**
 * "in the Wendou quarter of Timbuktu", "the Kobou area of Ouagadougou", "Sira
 * neighbourhood, Gao": a quarter or area named with the town it belongs to. A quarter is
 * the town (its own name is often a far namesake in the gazetteer), and so is an area of a large
 * town; elsewhere an area may be a village of its own ("the Dablo area of Sanmatenga"), so a known
 * one is kept with the town as its qualifier, which the geocoder checks it against, and an
 * unknown one is located by the town.
 */
export function quarterOfTownRule(lex: CompiledLexicons): Rule<PlaceMention> {
  const nouns = groupedAlternation(placeWords.quarter_nouns[lex.lang].map(firstLetterEitherCase));
  const link = lex.lang === "fr" ? "(?:de|du|d['’]|à|,)" : "(?:of|in|,)";
  const town = lex.lang === "fr" ? "(?:la\\s+(?:ville|commune)\\s+de\\s+)?" : "(?:the\\s+(?:city|town)\\s+of\\s+)?";
  const pattern = lex.lang === "fr"
    ? new RegExp(`(?<![\\p{L}])(${nouns})\\s+(?:de\\s+)?(${NAME_SOURCE})\\s*${link}\\s*${town}(${NAME_SOURCE})`, "gu")
    : new RegExp(`(?<![\\p{L}])(${NAME_SOURCE})\\s+(${nouns})\\s*${link}\\s+${town}(${NAME_SOURCE})`, "gu");
  return {
    name: `${lex.lang}/place-quarter-of-town`,
    pattern,
    extract(m, env) {
      const [noun, partRun] = lex.lang === "fr" ? [m[1], m[2]] : [m[2], m[1]];
      const townName = knownPrefix(env, m[3]);
      if (!townName) return null;
      // The part's name: the run's last words that are not stop words ("In the Kabala" -> "Kabala").
      const words = partRun.split(/[ \t]+/);
      let first = words.length;
      while (first > 0 && !env.lex.placeStopwords.has(words[first - 1])) first--;
      const part = words.slice(first).join(" ");
      if (part === "" || part === townName) return null;
      const partStart = lex.lang === "fr" ? m.index + m[0].indexOf(partRun, m[1].length) + partRun.length - part.length : m.index + partRun.length - part.length;
      const townStart = m.index + m[0].length - m[3].length;
      const end = townStart + townName.length;
      const start = lex.lang === "fr" ? m.index : partStart;
      const rule = `${lex.lang}/place-quarter-of-town`;
      // "the Oudalan area of Burkina Faso": an area of a country, not of a town
      if (isCountryName(env, townName)) return { value: { ...mention(env, rule, start, end, part, null, "near", []), countryHint: countryIso3(env, townName) }, start, end };
      if (PART_OF_TOWN.test(noun) || CITIES_WITH_QUARTERS.has(fold(townName))) return { value: mention(env, rule, start, end, townName, "settlement", "at", []), start, end };
      // an area the gazetteer does not know is located by its town
      if (!env.places.has(part)) return { value: mention(env, rule, start, end, townName, null, "near", []), start, end };
      return { value: mention(env, rule, start, end, part, null, "at", [townName]), start, end };
    },
  };
}
