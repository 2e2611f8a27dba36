import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { readCountedPeople } from "./noun-phrases.js";

const PATTERNS = {
  en: /(?<![\p{L}])(?:tortur(?:ed|ing)|beat(?:en|ing)?|stabb(?:ed|ing)|hack(?:ed|ing)|burn(?:ed|t|ing)|ston(?:ed|ing)|club(?:bed|bing)|whipp(?:ed|ing))(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:tortur(?:é|és|ée|ées)|battu(?:s|e|es)?|poignard(?:é|és)|brûl(?:é|és))(?![\p{L}])/giu,
};
const TO_DEATH = { en: /^\s*to\s+death(?![\p{L}])/iu, fr: /^\s*(?:à\s+mort|vifs?)(?![\p{L}])/iu };

/** "tortured a young pastoralist to death", "beaten to death": who died, between the verb and "to death". */
export function toDeathRule(lex: CompiledLexicons): Rule<FatalityValue> {
  return {
    name: `${lex.lang}/fatalities-to-death`,
    pattern: PATTERNS[lex.lang],
    extract(m, env) {
      const verbEnd = m.index + m[0].length;
      const toDeath = TO_DEATH[lex.lang];
      const people = readCountedPeople(lex, env.text, verbEnd, true, true, true);
      if (!people) return null;
      const tail = toDeath.exec(env.text.slice(people.end, people.end + 20));
      if (!tail) return null;
      const { end, ...value } = people;
      return { value, start: m.index, end: end + tail[0].length };
    },
  };
}
