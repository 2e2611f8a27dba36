import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import { parseNumber } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { readCountedPeople } from "./noun-phrases.js";

/** What French says of the dead besides "tués": euphemisms, army wording, and the verb after "ont été". */
const DIED_AFTER = /^(?:\s+(?:maliens|maliennes|burkinab(?:è|é|e)s?|nig(?:é|e)riens|nig(?:é|e)riennes|fran(?:ç|c)ais|peuls|peulhs|civils|armés|présumés|non\s+identifiés|au\s+total|dont\s+[^,.;]{1,60}?))?\s*,?\s*(?:(?:ont|a|avaient|avait|auraient|aurait|sont|est|seraient|été|également|tous|toutes|aussi|malheureusement|ainsi)\s+)*(?:tu(?:é|és|ée|ées)|perdu\s+la\s+vie|trouvé\s+la\s+mort|tomb(?:é|és|ée|ées)(?:\s+(?:en\s+héros|au\s+combat|sur\s+le\s+champ\s+d['’]honneur))?|succomb(?:é|er)|péri|abattu(?:e|s|es)?|massacr(?:é|és|ée|ées)|égorg(?:é|és|ée|ées)|assassin(?:é|és|ée|ées)|fusill(?:é|és|ée|ées)|calcin(?:é|és|ée|ées)|neutralis(?:é|és|ée|ées)|exécut(?:é|és|ée|ées)|décapit(?:é|és|ée|ées)|retrouv(?:é|és|ée|ées)\s+mort(?:e|s|es)?|mort(?:e|s|es)?)(?![\p{L}])/iu;

/** "20 morts", "une trentaine de morts", "89 tués": the dead named by a noun. */
const DEAD_NOUN = /^\s+(?:de\s+)?(?:morts|tués|décès)(?![\p{L}])/iu;

/**
 * French death phrases the shared count rules do not read: "70 soldats ont perdu la vie",
 * "29 soldats sont tombés en héros", "80 terroristes ont été neutralisés", "20 morts",
 * "neutralisant une dizaine d'assaillants". A "neutralised" enemy is a death the army claims;
 * the verification rules mark who claims it.
 */
export function frenchDeathPhraseRule(lex: CompiledLexicons): Rule<FatalityValue> {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${lex.modifierSource})\\s+)?(?:${lex.vagueSource}|${lex.numberSource})(?![\\p{L}\\p{N}])|(?<![\\p{L}])neutralis(?:é|és|ant|er)(?=\\s)`, "giu");
  return {
    name: `${lex.lang}/fatalities-death-phrase`,
    pattern,
    extract(m, env) {
      const text = env.text;
      if (/^neutralis/i.test(m[0])) {
        const people = readCountedPeople(lex, text, m.index + m[0].length, false, true);
        if (!people || people.victim === "civilian") return null;
        const { end, ...value } = people;
        return { value, end };
      }
      if (/(?:km|n°|no\.?|à|de|sur)\s*$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) && /^\d/.test(m[0])) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const noun = DEAD_NOUN.exec(after);
      if (noun) {
        const n = parseNumber(lex, m[0].replace(new RegExp(`^${lex.modifierSource}\\s+`, "iu"), ""));
        const vague = n === null ? lex.vague.get(m[0].toLowerCase().replace(/\s+/g, " ")) : undefined;
        const count = n ?? vague?.low ?? null;
        if (count === null || count === 0 || (count >= 1900 && count <= 2100)) return null;
        return { value: { low: count, best: count, high: null, victim: "unknown", vague: vague !== undefined }, end: m.index + m[0].length + noun[0].length };
      }
      const people = readCountedPeople(lex, text, m.index, false);
      if (!people) return null;
      const tail = DIED_AFTER.exec(text.slice(people.end, people.end + 80));
      if (!tail) return null;
      const { end, ...value } = people;
      return { value, end: end + tail[0].length };
    },
  };
}
