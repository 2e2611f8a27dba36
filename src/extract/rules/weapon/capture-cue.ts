import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { cueRule } from "../matcher-rule.js";

/** "seized", "captured arsenal", "war booty": weapons near it were taken, not used. */
export function captureCueRule(lex: CompiledLexicons): Rule<true> {
  return cueRule(`${lex.lang}/weapon-capture-cue`, lex.cues.captureCue);
}
