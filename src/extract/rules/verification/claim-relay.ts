import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";

/** Monitors that relay claims ("the SITE Intelligence Group reported"). "SITE" must be capitalised. */
export function claimRelayRule(lex: CompiledLexicons): Rule<string> {
  return matcherRule(`${lex.lang}/verification-relay`, lex.monitors, (sense, m) => {
    if (sense.caseSensitive && m[0] !== m[0].toUpperCase()) return null;
    return { value: sense.name };
  });
}
