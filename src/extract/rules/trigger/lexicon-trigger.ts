import type { CompiledLexicons, TriggerKind } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";

const SEIZED_BEFORE = /\b(?:seiz(?:ed|ing)|recover(?:ed|ing)|discover(?:ed|ing)|found|caches?\s+of|dismantl(?:ed|ing)|defus(?:ed|ing)|saisi|découvert)\b[^.;]*$/i;

/** Event words from triggers.json ("attacked", "ambush", "IED", "abducted", "staged a sit-in"). */
export function lexiconTriggerRule(lex: CompiledLexicons): Rule<TriggerKind> {
  return matcherRule(`${lex.lang}/trigger-lexicon`, lex.triggers, (kind, m, env) => {
    // "attack" as a noun in sports or metaphor is left to the assembly (it needs an armed actor nearby).
    if (kind.kind === "ied" && /^mines?$/i.test(m[0]) && /\b(?:gold|artisanal|mining|coal)\s*$/i.test(env.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    // "seized arms, ammunition, IEDs", "discovered a mine": explosives taken or found, not set off
    if (kind.kind === "ied" && SEIZED_BEFORE.test(env.text.slice(Math.max(0, m.index - 70), m.index))) return { value: { kind: "seizure", weight: 22 } };
    // "March" the month, "May" the verb: not protests.
    if (kind.kind === "protest" && /^March(?:es)?$/.test(m[0])) return null;
    return { value: kind };
  });
}
