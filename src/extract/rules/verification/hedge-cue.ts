import type { VerificationValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";

/** "not independently verified", "purporting to show", "allegedly": the report doubts what it relays. */
export function hedgeCueRule(lex: CompiledLexicons): Rule<VerificationValue> {
  return { name: `${lex.lang}/verification-hedge`, pattern: lex.cues.hedge, extract: () => ({ value: { kind: "hedge" } }) };
}
