import type { VerificationValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

/** "claimed responsibility", "the group said it killed": the report relays the perpetrator's claim. */
export function claimCueRule(lex: CompiledLexicons): Rule<VerificationValue> {
  return { name: `${lex.lang}/verification-claim`, pattern: lex.cues.claim, extract: () => ({ value: { kind: "claim" } }) };
}
