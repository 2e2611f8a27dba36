import type { PlaceMention, PlaceRelation } from "../../../domain/index.js";
import { COVERED_ISO3 } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { groupedAlternation } from "../../lexicon/alias-pattern.js";
import placeWords from "../../lexicons/place-words.json" with { type: "json" };
import { recallsPastEvent } from "./past-event.js";
import { isCountryName, knownPrefix, mention, NAME_SOURCE, namesGroup, namesNamedActorAt, placeNearAnchor, readAnchor, readQualifiers, unknownPlaceName, wholeName } from "./place-name.js";

const PREPOSITIONS = {
  en: "in|at|near|around|outside|from|to|towards|toward|through|into|of|on|inside|attacked|raided|stormed|entered|besieged|overran|targeted|ambushed",
  fr: "à|au|dans|près\\s+de|vers|de|depuis|sur",
};

const NEAR = /^(?:near|around|outside|près\s+de|vers)$/i;
const LOCATIVE = {
  en: new RegExp(`^(?:${placeWords.locative_prepositions.en.join("|").replace(/ /g, "\\s+")})$`, "i"),
  fr: new RegExp(`^(?:${placeWords.locative_prepositions.fr.join("|").replace(/ /g, "\\s+")})$`, "i"),
};
/** "market in", "Square, central": a site's noun, then the town it is in (data: place-words.json). */
const SITE_IN_TOWN: Partial<Record<"en" | "fr", RegExp>> = {
  en: new RegExp(`^\\s+(?:${[...placeWords.place_modifier_nouns.en, "square", "Square"].map((w) => w.replace(/ /g, "\\s+")).join("|")})(?:\\s*,\\s*|\\s+(?:in|of)\\s+)(?:(?:central|downtown)\\s+)?(${NAME_SOURCE})`, "u"),
};
/**
 * "in the Kinshasa neighbourhood": a quarter named after a town abroad, in a town the text does not name
 * (a quarter with its town, "the X quarter of Gao", is read by the quarter-of-town rule first).
 */
const QUARTER_AFTER = /^\s+(?:neighbou?rhood|quarter|quartier)s?(?![\p{L}])/iu;
/** "from the Dabre and Kabore families", "of the Wendou clan": a family's name, which villages often share, is no place. */
const FAMILY_AFTER = /^(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'-]*)?\s+(?:famil(?:y|ies)|clans?|lineages?)(?![\p{L}])/u;
/** After a verb the name may also be the people attacked ("attacked JNIM"): only gazetteer names count there. */
const VERB = /^(?:attacked|raided|stormed|entered|besieged|overran|targeted|ambushed)$/i;

/**
 * "in Djibo", "near Nafo", "at Kidal": a capitalised name the gazetteer knows, or an unknown one
 * that the text qualifies with a known one ("in Kalamba, Kaya", "in Bargou (Koro)").
 */
export function prepositionPlaceRule(lex: CompiledLexicons): Rule<PlaceMention> {
  // "in central Timbuktu", "in northern Gao": a part of the named place
  const directions = placeWords.direction_adjectives[lex.lang];
  const direction = directions.length > 0 ? `(?:(?:${groupedAlternation(directions)})\\s+)?` : "";
  const pattern = new RegExp(`(?<![\\p{L}])(${groupedAlternation(PREPOSITIONS[lex.lang].split("|"))})\\s+(?:the\\s+)?${direction}(${NAME_SOURCE})`, "gu");
  return {
    name: `${lex.lang}/place-preposition`,
    pattern,
    extract(m, env) {
      const run = m[2];
      const nameStart = m.index + m[0].length - run.length;
      const known = knownPrefix(env, run);
      let name = known ? wholeName(env, run, known) : null;
      if (!name && VERB.test(m[1])) {
        // "attacked Wendou near Dori": an unknown object is a place when the text says what it lies by
        const unknown = unknownPlaceName(env, run, nameStart);
        if (!unknown || !readAnchor(env, nameStart + unknown.length)) return null;
        name = unknown;
      }
      // "in Wendou": a bare name after "in"/"at"/"near" is where it happened even when the
      // gazetteer lacks it or spells it otherwise; the geocoder decides whether it can place it.
      const bare = m[0].length - run.length === m[1].length + 1 || /^\S+\s+$/.test(m[0].slice(0, m[0].length - run.length));
      if (!name && bare && LOCATIVE[lex.lang].test(m[1])) name = unknownPlaceName(env, run, nameStart);
      if (!name) {
        const first = run.split(/[ \t]+/)[0];
        if (env.lex.placeStopwords.has(first)) return null;
        const q = readQualifiers(env, nameStart + first.length);
        if (q.names.length === 0 || !q.names.some((n) => env.places.has(n))) return null;
        name = first;
      }
      if (QUARTER_AFTER.test(env.text.slice(nameStart + name.length, nameStart + name.length + 20))) {
        const countries = env.places.countries(name);
        if (countries.length > 0 && !countries.some((c) => COVERED_ISO3.has(c))) return null;
      }
      if (lex.lang === "en" && FAMILY_AFTER.test(env.text.slice(nameStart + name.length, nameStart + name.length + 60))) return null;
      // "in support of Dan Na Ambassagou": an armed group's name is not a place even where a gazetteer carries it
      if (namesGroup(env, nameStart + name.length) || namesNamedActorAt(env, nameStart)) return null;
      // "at the Medine market in Sikasso", "at Sankore Square, central Timbuktu": a site named inside a town is in the town
      const site = SITE_IN_TOWN[lex.lang]?.exec(env.text.slice(nameStart + name.length, nameStart + name.length + 80));
      const town = site ? knownPrefix(env, site[1]) : null;
      if (site && town && !isCountryName(env, town) && env.places.kinds(town).includes("settlement")) {
        const townStart = nameStart + name.length + site[0].length - site[1].length;
        return { value: mention(env, `${lex.lang}/place-preposition`, m.index, townStart + town.length, town, "settlement", "at", []), start: m.index };
      }
      const q = readQualifiers(env, nameStart + name.length);
      const relation: PlaceRelation = NEAR.test(m[1]) ? "near" : "at";
      const start = VERB.test(m[1]) ? nameStart : m.index;
      const end = Math.max(nameStart + name.length, q.end);
      // "the Wendou attack of March 2016": a past event's name, not a scene of this report
      if (lex.lang === "en" && recallsPastEvent(env.text, m.index, end)) return null;
      const anchor = readAnchor(env, end);
      if (anchor && anchor.proximity && anchor.name !== name) return { value: placeNearAnchor(env, `${lex.lang}/place-preposition`, start, name, q.names, anchor), start };
      const near = anchor && anchor.name !== name ? anchor : q.anchor && q.anchor !== name ? { name: q.anchor, qualifiers: [] } : null;
      const qualifiers = near ? [...q.names, ...near.qualifiers.filter((n) => !q.names.includes(n))] : q.names;
      // "from Liberia": a country the gazetteer knows though the country lexicon does not is still a country
      const kinds = env.places.kinds(name);
      const kind = kinds.length > 0 && kinds.every((k) => k === "country") ? "country" : null;
      return { value: mention(env, `${lex.lang}/place-preposition`, start, end, name, kind, relation, qualifiers, near?.name ?? null), start };
    },
  };
}
