import type { VerificationValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

/** "officials said", "the army confirmed": an official or confirmed account. Negated forms are not confirmations. */
export function confirmedCueRule(lex: CompiledLexicons): Rule<VerificationValue> {
  return {
    name: `${lex.lang}/verification-confirmed`,
    pattern: lex.cues.confirmed,
    extract(m, env) {
      const before = env.text.slice(Math.max(0, m.index - 24), m.index);
      if (/\b(?:not|no|never|un|yet\s+to\s+be|n['’]a\s+pas|pas)\s*(?:been\s+|publicly\s+|officially\s+)?$/i.test(before)) return null;
      return { value: { kind: "confirmed" } };
    },
  };
}
