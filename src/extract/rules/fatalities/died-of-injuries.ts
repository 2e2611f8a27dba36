import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

const PATTERNS = {
  en: /(?<![\p{L}])(?:he|she)\s+(?:later\s+|subsequently\s+|then\s+|eventually\s+)?(?:died|succumbed)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:il|elle)\s+(?:a\s+)?(?:ensuite\s+)?(?:succombé|est\s+décédée?|est\s+morte?)(?![\p{L}])/giu,
};

/** "He later died of his injuries": one more death, the person named before. */
export function diedOfInjuriesRule(lex: CompiledLexicons): Rule<FatalityValue> {
  return {
    name: `${lex.lang}/fatalities-died-later`,
    pattern: PATTERNS[lex.lang],
    extract: () => ({ value: { low: 1, best: 1, high: null, victim: "unknown", vague: false } }),
  };
}
