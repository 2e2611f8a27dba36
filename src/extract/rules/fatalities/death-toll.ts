import type { FatalityValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import { parseNumber } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

/** "a death toll of 12", "the toll rose to 40", "bilan de 12 morts". */
export function deathTollRule(lex: CompiledLexicons): Rule<FatalityValue> {
  const head = lex.lang === "fr" ? "bilan\\s+(?:provisoire\\s+)?(?:de|d['’]au\\s+moins|fait\\s+état\\s+de)" : "(?:death\\s+)?toll\\s+(?:of|rose\\s+to|stood\\s+at|reached|climbed\\s+to|at)";
  const pattern = new RegExp(`(?<![\\p{L}])${head}\\s+(?:(${lex.modifierSource})\\s+)?(${lex.numberSource})(?![\\p{L}\\p{N}])`, "giu");
  return {
    name: `${lex.lang}/fatalities-death-toll`,
    pattern,
    extract(m) {
      const n = parseNumber(lex, m[2]);
      if (n === null) return null;
      return { value: { low: n, best: n, high: null, victim: "unknown", vague: false } };
    },
  };
}
