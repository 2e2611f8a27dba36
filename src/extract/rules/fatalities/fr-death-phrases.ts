import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import { parseNumber } from "../../lexicon/compiled.js";
import type { Rule, RuleValue } from "../../rule.js";
import { readCountedPeople } from "./noun-phrases.js";

/** What French says of the dead besides "tués": euphemisms, army wording, and the verb after "ont été". */
const DIED_AFTER = /^(?:\s+(?:maliens|maliennes|burkinab(?:è|é|e)s?|nig(?:é|e)riens|nig(?:é|e)riennes|fran(?:ç|c)ais|peuls|peulhs|civils|armés|présumés|non\s+identifiés|au\s+total|dont\s+[^,.;]{1,60}?))?\s*,?\s*(?:(?:ont|a|avaient|avait|auraient|aurait|sont|est|seraient|été|également|tous|toutes|aussi|malheureusement|ainsi)\s+)*(?:tu(?:é|és|ée|ées)|perdu\s+la\s+vie|trouvé\s+la\s+mort|tomb(?:é|és|ée|ées)(?:\s+(?:en\s+héros|au\s+combat|sur\s+le\s+champ\s+d['’]honneur))?|succomb(?:é|er)|péri|abattu(?:e|s|es)?|massacr(?:é|és|ée|ées)|égorg(?:é|és|ée|ées)|assassin(?:é|és|ée|ées)|fusill(?:é|és|ée|ées)|calcin(?:é|és|ée|ées)|neutralis(?:é|és|ée|ées)|exécut(?:é|és|ée|ées)|décapit(?:é|és|ée|ées)|retrouv(?:é|és|ée|ées)\s+mort(?:e|s|es)?|mort(?:e|s|es)?)(?![\p{L}])/iu;

/** "20 morts", "une trentaine de morts", "89 tués": the dead named by a noun. */
const DEAD_NOUN = /^\s+(?:de\s+)?(?:morts|tués|décès)(?![\p{L}])/iu;

/** Words that end a French statement of deaths: where the rule starts looking back for the count. */
const DEATH_WORD = /(?<![\p{L}])(?:tu(?:é|és|ée|ées)|morts|décès|perdu\s+la\s+vie|trouvé\s+la\s+mort|tomb(?:é|és|ée|ées)|succomb(?:é|er)|péri|abattu(?:e|s|es)?|massacr(?:é|és|ée|ées)|égorg(?:é|és|ée|ées)|assassin(?:é|és|ée|ées)|fusill(?:é|és|ée|ées)|calcin(?:é|és|ée|ées)|neutralis(?:é|és|ée|ées|ant|er)|exécut(?:é|és|ée|ées)|décapit(?:é|és|ée|ées)|mort(?:e|es)?)(?![\p{L}])/giu;

/** How far before the death word a count may start ("une trentaine de soldats nigériens ont été tués"). */
const LOOK_BACK = 140;
const WORD = /[\p{L}\p{N}'’]+/gu;

/**
 * French death phrases the shared count rules do not read: "70 soldats ont perdu la vie",
 * "29 soldats sont tombés en héros", "80 terroristes ont été neutralisés", "20 morts",
 * "neutralisant une dizaine d'assaillants". A "neutralised" enemy is a death the army claims;
 * the verification rules mark who claims it. The rule is driven by the death word (rare) and
 * reads the count before it, rather than trying every number and article of the text.
 */
export function frenchDeathPhraseRule(lex: CompiledLexicons): Rule<FatalityValue> {
  const count = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${lex.modifierSource})\\s+)?(?:${lex.vagueSource}|${lex.numberSource})(?![\\p{L}\\p{N}])`, "giu");
  const modifier = new RegExp(`^${lex.modifierSource}\\s+`, "iu");

  const countAt = new RegExp(count.source, "iuy");

  /** Where a count may start in [from, to): digits, number words, vague words or modifiers (a map lookup, not a regex, per word). */
  function candidates(text: string, from: number, to: number): number[] {
    const out: number[] = [];
    WORD.lastIndex = from;
    let w: RegExpExecArray | null;
    let prev = "";
    let prev2 = "";
    while ((w = WORD.exec(text)) !== null && w.index < to) {
      const t = w[0].toLowerCase();
      const pair = `${prev} ${t}`;
      // "un nombre indéterminé": a three-word quantity starts two words back
      const triple = `${prev2} ${pair}`;
      if (lex.vague.has(triple)) out.push(w.index - pair.length + t.length - prev2.length - 1);
      else if (/^\d/.test(t) || (lex.numbers.has(t) && t !== "un" && t !== "une") || lex.vague.has(t) || lex.modifiers.has(t) || lex.numbers.has(pair) || lex.vague.has(pair) || lex.modifiers.has(pair)) {
        out.push(lex.numbers.has(pair) || lex.vague.has(pair) || lex.modifiers.has(pair) ? w.index - prev.length - 1 : w.index);
      }
      prev2 = prev;
      prev = t;
    }
    return out;
  }

  function countBefore(text: string, deathStart: number): RuleValue<FatalityValue> | null {
    const from = Math.max(0, deathStart - LOOK_BACK);
    for (const pos of candidates(text, from, deathStart)) {
      countAt.lastIndex = pos;
      const c = countAt.exec(text);
      if (!c || pos + c[0].length > deathStart) continue;
      const at = pos;
      if (/^\d/.test(c[0].replace(modifier, "")) && /(?:km|n°|no\.?|à|sur)\s*$/i.test(text.slice(Math.max(0, at - 6), at))) continue;
      const after = text.slice(at + c[0].length, at + c[0].length + 40);
      const noun = DEAD_NOUN.exec(after);
      if (noun && at + c[0].length + noun[0].length >= deathStart) {
        const bare = c[0].replace(modifier, "");
        const n = parseNumber(lex, bare);
        const vague = n === null ? lex.vague.get(bare.toLowerCase().replace(/\s+/g, " ")) : undefined;
        const value = n ?? vague?.low ?? null;
        if (value === null || value === 0 || (value >= 1900 && value <= 2100)) continue;
        return { value: { low: value, best: value, high: null, victim: "unknown", vague: vague !== undefined }, start: at, end: at + c[0].length + noun[0].length };
      }
      const people = readCountedPeople(lex, text, at, false);
      if (!people) continue;
      const tail = DIED_AFTER.exec(text.slice(people.end, people.end + 100));
      if (!tail || people.end + tail[0].length < deathStart) continue;
      const { end, ...value } = people;
      return { value, start: at, end: end + tail[0].length };
    }
    return null;
  }

  return {
    name: `${lex.lang}/fatalities-death-phrase`,
    pattern: DEATH_WORD,
    extract(m, env) {
      const text = env.text;
      if (/^neutralisant|^neutraliser/i.test(m[0]) || (/^neutralis/i.test(m[0]) && /(?:ont|a|avoir)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)))) {
        const people = readCountedPeople(lex, text, m.index + m[0].length, false, true);
        if (people && people.victim !== "civilian") {
          const { end, ...value } = people;
          return { value, end };
        }
      }
      return countBefore(text, m.index);
    },
  };
}
