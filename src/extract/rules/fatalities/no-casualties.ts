import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

const PATTERNS = {
  en: "(?:no\\s+(?:casualties|fatalities|deaths|victims|one\\s+(?:was\\s+)?(?:killed|hurt|injured))(?:\\s+(?:were|was))?(?:\\s+(?:reported|recorded))?|caus(?:ing|ed)\\s+no\\s+(?:casualties|deaths|injuries)|without\\s+(?:causing\\s+)?(?:casualties|fatalities)|no\\s+one\\s+was\\s+(?:killed|hurt|injured))",
  fr: "(?:sans\\s+(?:faire\\s+de\\s+)?(?:victimes?|pertes)|aucune\\s+(?:victime|perte)|pas\\s+de\\s+victimes?)",
};

/** "no casualties reported": fatalities stated as zero. */
export function noCasualtiesRule(lex: CompiledLexicons): Rule<FatalityValue> {
  return {
    name: `${lex.lang}/fatalities-none`,
    pattern: new RegExp(`(?<![\\p{L}])${PATTERNS[lex.lang]}(?![\\p{L}])`, "giu"),
    extract: () => ({ value: { low: 0, best: 0, high: 0, victim: "unknown", vague: false } }),
  };
}
