import type { ActorValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { matcherRule } from "../matcher-rule.js";
import { AGENT_BEFORE } from "./named-actor.js";

/** "Fulani militiamen", "Dogon hunters", "miliciens peuls": an ethnic militia of the event's country. */
export function ethnicMilitiaRule(lex: CompiledLexicons): Rule<ActorValue> {
  return matcherRule(`${lex.lang}/actor-ethnic-militia`, lex.ethnicMilitia, (sense, m, env) => ({
    value: { sense, agent: AGENT_BEFORE.test(env.text.slice(Math.max(0, m.index - 40), m.index)) },
  }));
}
