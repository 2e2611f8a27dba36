import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import { parseNumber } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

const DIED = "(?:(?:later|subsequently|eventually|then|also|has|had)\\s+)*(?:succumbed|died)";
const PATTERNS = {
  en: new RegExp(
    [
      // "one of the wounded succumbed", "two of the injured later died"
      `(?<count>[\\p{L}\\d]+)\\s+of\\s+the\\s+(?:wounded|injured)(?:\\s+\\p{L}+)?\\s+${DIED}`,
      // "the three injured later died"
      `the\\s+(?<count2>[\\p{L}\\d]+)\\s+(?:wounded|injured)(?:\\s+\\p{L}+)?\\s+${DIED}`,
      // "injuring a herder who died the next morning", "six guards injured, among them one badly, who later died"
      `(?:wounded|injured|wounding|injuring)\\s+(?:[\\p{L}-]+\\s+){1,6}?who\\s+${DIED}`,
      // "two were shot at once, the last one escaped but later died"
      `the\\s+(?:second|third|fourth|fifth|last|other)\\s+(?:one\\s+)?(?:survived|escaped|was\\s+(?:evacuated|hospitali[sz]ed|taken\\s+to\\s+hospital))[^.;]{0,40}?\\s+(?:but|and)\\s+${DIED}`,
      // "a guard who was injured later died"
      `(?:who\\s+(?:was|had\\s+been)\\s+|allegedly\\s+|severely\\s+|seriously\\s+)(?:severely\\s+|seriously\\s+)?(?:wounded|injured)\\s+${DIED}`,
    ].join("|"),
    "giu",
  ),
  fr: /(?<![\p{L}])(?:(?<count>[\p{L}\d]+)\s+des\s+blessés\s+(?:a|ont|est|sont)\s+(?:ensuite\s+|plus\s+tard\s+)?(?:succombé|décédés?|morts?))(?![\p{L}])/giu,
};

/** Every pattern above ends on one of these words. */
const REQUIRED_WORD = { en: /succumbed|died/i, fr: /succombé|décédé|mort/i };

/**
 * A wounded person who died later is one more death, told after the wounds: "wounding three
 * others, one of the wounded succumbed", "injuring a herder who died the next morning",
 * "the three injured later died". It counts even when the sentence counted other dead before.
 */
export function woundedLaterDiedRule(lex: CompiledLexicons): Rule<FatalityValue> {
  return {
    name: `${lex.lang}/fatalities-wounded-later-died`,
    pattern: PATTERNS[lex.lang],
    requires: REQUIRED_WORD[lex.lang],
    extract(m) {
      const word = m.groups?.count ?? m.groups?.count2;
      const n = word === undefined ? 1 : parseNumber(lex, word);
      if (n === null || n <= 0 || n > 200) return null;
      return { value: { low: n, best: n, high: null, victim: "unknown", vague: false } };
    },
  };
}
