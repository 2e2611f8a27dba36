import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { isEarlierDeath } from "./earlier-death.js";

const PATTERNS = {
  en: /(?<![\p{L}])(?:(?:he|she)\s+(?:later\s+|subsequently\s+|then\s+|eventually\s+)?(?:died|succumbed)|who\s+(?:later\s+|subsequently\s+|eventually\s+)?(?:succumbed|died)|(?:he|she)\s+was\s+(?:later\s+|subsequently\s+|then\s+)?found\s+(?:dead|executed|murdered|beheaded|hanged|killed|shot\s+dead)|(?:he|she)\s+was\s+(?:later|subsequently|then|eventually)\s+(?:executed|killed|murdered|beheaded|shot\s+dead)|(?:his|her|the)\s+(?:dead\s+)?(?:body|corpse)\s+(?:of\s+the\s+[\p{L}-]+\s+)?(?:was|has\s+been)\s+(?:later\s+|subsequently\s+|then\s+)?(?:found|discovered|recovered))(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:il|elle)\s+(?:a\s+)?(?:ensuite\s+)?(?:succombé|est\s+décédée?|est\s+morte?)(?![\p{L}])/giu,
};

/** A death already counted earlier in the sentence: "killed a herder, his body was found in ...". */
const KILLED_BEFORE = /(?:kill(?:ed|ing)|execut(?:ed|ing)|murder(?:ed|ing)|assassinat(?:ed|ing)|shot\s+dead|behead(?:ed|ing)|dead|died|tu(?:é|ée|és|ant)|morts?)(?![\p{L}])/iu;

/**
 * "He later died of his injuries", "he was later found dead", "his body was found": one more
 * death, the person named before (an abduction or shooting that did not count anyone dead).
 */
export function diedOfInjuriesRule(lex: CompiledLexicons): Rule<FatalityValue> {
  return {
    name: `${lex.lang}/fatalities-died-later`,
    pattern: PATTERNS[lex.lang],
    extract(m, env) {
      const before = env.text.slice(Math.max(0, m.index - 200), m.index);
      const sentence = before.slice(before.search(/[.!?]\s+[^.!?]*$/) + 1);
      if (KILLED_BEFORE.test(sentence)) return null;
      // "in protest over the stabbing of a boy who died": the death is the cause told
      if (/^who/i.test(m[0]) && isEarlierDeath(env.text, m.index, "relative")) return null;
      // "two soldiers who later died": a plural before "who" is not one death
      if (/^who/i.test(m[0]) && /[\p{L}]s\s*,?\s*$/u.test(before) && !/(?:ss|us)\s*,?\s*$/.test(before)) return null;
      return { value: { low: 1, best: 1, high: null, victim: "unknown", vague: false } };
    },
  };
}
