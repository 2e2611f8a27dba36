import type { PlaceMention } from "../../../domain/index.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule, RuleEnv } from "../../rule.js";
import { groupedAlternation } from "../../lexicon/alias-pattern.js";
import placeWords from "../../lexicons/place-words.json" with { type: "json" };
import { isCountryName, KIND_WORDS, kindWord, leadingName, mention, NAME_SOURCE, namesActorAt, namesGroup, placeNearAnchor, readAnchor, readQualifiers } from "./place-name.js";

/** "(-Peulh)" right after a name: a written-out optional part of it. */
const OPTIONAL_PART = /^\(-([\p{Lu}][\p{L}'’]+)\)/u;

/** "the village of Bambara": a people's name that is also a village's (data: place-words.json). */
const PEOPLE_AS_VILLAGE = new Set(placeWords.people_names_as_villages);
/** ...when what follows ends the name: not "the village of Bambara farmers" or "of Bambara Dozos". */
const NAME_ENDS = /^(?:\s*[,.;:()]|\s*$|\s+(?:in|near|on|at|where|which|after|during|when|while|some|about|\d))/u;
/** "villlage", "hamllet": a doubled letter typed once too often in a kind word. */
const squeeze = (w: string): string => w.toLowerCase().replace(/(\p{L})\1+/gu, "$1");
const SQUEEZED_KINDS = new Map(Object.keys(KIND_WORDS).map((k) => [squeeze(k), k]));

/**
 * "burned a school Wendou", "the market Kobou": a site's noun right before a town the gazetteer knows, the name
 * standing alone. With "of" ("the school of Kobou") the site belongs to the place, which says less (see event-place).
 */
const SITE_NO_OF = /^(?:school|mosque|church|market|camp)$/i;

/** "in the capital Bamako", "the streets of the capital Bamako", "in the regional capital Kaya": where the event was. */
const CAPITAL_SCENE = /(?:^|[.;:]\s*|(?<![\p{L}])(?:in|at|into|inside|across|throughout|attacked|raided|stormed|entered|targeted|streets\s+of)\s+)(?:the\s+)?(?:\p{Ll}+\s+)?$/u;

/** Kind words that may name their place without "of". */
const NO_OF = /^(?:town|village|hamlet|locality|area|capital|villages|hamlets|localities|areas|hameau|localité)$/i;

const WORDS = {
  en: "town|village|city|capital|hamlet|locality|commune|municipality|department|district|province|cercle|circle|region|area|vicinity|surroundings|outskirts|camp|market|school|mosque|church|forest|forests|valley|zone|bush|towns|villages|hamlets|localities|communes|areas",
  fr: "ville|village|localité|hameau|commune|département|province|cercle|région|environs|périphérie",
};

/** "village" -> "vil+l+a+g+e+": each letter after the first may be typed twice or more. */
function doubledLetters(word: string): string {
  return word[0] + [...word.slice(1)].map((c) => (/\p{L}/u.test(c) ? `${c}+` : c)).join("");
}

/** "the town of Sole", "the Fulani village of Materou", "province of Soum", "la commune de Djibo": names the text vouches for. */
export function kindPrefixRule(lex: CompiledLexicons): Rule<PlaceMention> {
  // "fo" is a frequent typing slip for "of"
  const pattern = new RegExp(`(?<![\\p{L}])(${groupedAlternation(WORDS[lex.lang].split("|").map(doubledLetters))})\\s+(?:(of|fo|de|du|d['’]|des)\\s+)?(?:the\\s+)?(${NAME_SOURCE})`, "gu");
  return {
    name: `${lex.lang}/place-kind-prefix`,
    pattern,
    extract(m, env) {
      const word = KIND_WORDS[m[1].toLowerCase()] ? m[1].toLowerCase() : SQUEEZED_KINDS.get(squeeze(m[1])) ?? m[1];
      const kw = kindWord(word === "village" && lex.lang === "fr" ? "village_fr" : word);
      if (!kw) return null;
      if (!/^[\p{Lu}]/u.test(m[3])) return null;
      // "the village Wendou", "the area Kobou": a settlement or area word may stand right before its name
      if (m[2] && /^(?:school|mosque|church)$/.test(word)) return null;
      const site = !m[2] && SITE_NO_OF.test(word);
      if (!m[2] && !NO_OF.test(word) && !site) return null;
      const nameStart = m.index + m[0].length - m[3].length;
      const lead = leadingName(env, m[3]) ?? peopleNamedVillage(env, m[3], nameStart, m[2] !== undefined && kw.kind === "settlement");
      // after "a"/"the" only ("burned a school Wendou", not "high school Wendou"); a name the gazetteer lacks
      // counts only when it ends the sentence ("burned a school Wendou.")
      const after = lead ? env.text.slice(nameStart + lead.length, nameStart + lead.length + 20) : "";
      if (site && (!lead || !/(?:^|\s)(?:a|the)\s+$/.test(env.text.slice(Math.max(0, m.index - 5), m.index)) || isCountryName(env, lead) || !NAME_ENDS.test(after) || (!env.places.kinds(lead).includes("settlement") && !/^\s*[.;]/.test(after)))) return null;
      // "the capital of Ganzourgou" names the unit, not its capital; "the outskirts of the capital X" is the anchor of another place
      if (word === "capital" && (m[2] || !CAPITAL_SCENE.test(env.text.slice(Math.max(0, m.index - 40), m.index)))) return null;
      if (!lead || (!m[2] && (namesActorAt(env, nameStart) || namesGroup(env, nameStart + lead.length)))) return null;
      // "the village of Wendou(-Peulh)": the bracketed part completes the name when the gazetteer knows the whole
      const part = OPTIONAL_PART.exec(env.text.slice(nameStart + lead.length, nameStart + lead.length + 40));
      const rest = part && env.places.has(`${lead}-${part[1]}`) ? part : null;
      const name = rest ? `${lead}-${rest[1]}` : lead;
      const nameEnd = nameStart + lead.length + (rest ? rest[0].length : 0);
      const q = readQualifiers(env, nameEnd);
      const end = Math.max(nameEnd, q.end);
      // "the hamlet of Wendou (near Kobou)": the place it lies by, for the geocoder
      const anchor = kw.kind === "settlement" || kw.kind === null ? readAnchor(env, end) : null;
      if (anchor && anchor.proximity && anchor.name !== name) return { value: placeNearAnchor(env, `${lex.lang}/place-kind-prefix`, m.index, name, q.names, anchor) };
      const near = anchor && anchor.name !== name ? anchor : q.anchor && q.anchor !== name ? { name: q.anchor, qualifiers: [] } : null;
      const qualifiers = near ? [...q.names, ...near.qualifiers.filter((n) => !q.names.includes(n))] : q.names;
      return { value: mention(env, `${lex.lang}/place-kind-prefix`, m.index, end, name, kw.kind, kw.relation, qualifiers, near?.name ?? null) };
    },
  };
}

/** "the village of Bambara": a people's name the gazetteer knows as a settlement, standing alone after "of". */
function peopleNamedVillage(env: RuleEnv, run: string, start: number, afterOf: boolean): string | null {
  const word = run.split(/[ \t]+/)[0];
  if (!afterOf || !PEOPLE_AS_VILLAGE.has(word) || !env.places.kinds(word).includes("settlement")) return null;
  return NAME_ENDS.test(env.text.slice(start + word.length, start + word.length + 20)) ? word : null;
}
