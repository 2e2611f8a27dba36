import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { cueRule } from "../matcher-rule.js";

/** Trend, history and commentary wording ("since 2020", "killing thousands"): the sentence starts no event. */
export function backgroundCueRule(lex: CompiledLexicons): Rule<true> {
  return cueRule(`${lex.lang}/background-cue`, lex.cues.background);
}
