import type { CompiledLexicons, TriggerKind } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";

/** Event words from triggers.json ("attacked", "ambush", "IED", "abducted", "staged a sit-in"). */
export function lexiconTriggerRule(lex: CompiledLexicons): Rule<TriggerKind> {
  return matcherRule(`${lex.lang}/trigger-lexicon`, lex.triggers, (kind, m, env) => {
    // "attack" as a noun in sports or metaphor is left to the assembly (it needs an armed actor nearby).
    if (kind.kind === "ied" && /^mines?$/i.test(m[0]) && /\b(?:gold|artisanal|mining|coal)\s*$/i.test(env.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    // "March" the month, "May" the verb: not protests.
    if (kind.kind === "protest" && /^March(?:es)?$/.test(m[0])) return null;
    return { value: kind };
  });
}
